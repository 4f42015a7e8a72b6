package io.singlepoint.core.archfixture;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

/** Breaks both core rules on purpose, so that {@code CoreLayeringTest} can show they fail. Never used. */
public final class BrokenLayering {

    private BrokenLayering() {
    }

    static String remoteUser(HttpServletRequest request) {
        return request.getRemoteUser() + "@" + Instant.now();
    }
}
