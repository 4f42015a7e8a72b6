package io.singlepoint.jira.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The token every form of SinglePoint's administration pages carries (parameter {@code token}), kept in the
 * administrator's session: a POST without it was not sent by our page, so a page elsewhere cannot make an
 * administrator's browser change settings (cross-site request forgery).
 *
 * <p>Jira's own {@code atl_token} would serve, but its generator's Jira 11 ({@code jakarta.servlet}) signature could
 * not be verified; this needs nothing from Jira.
 */
public final class FormToken {

    /** The session attribute that holds the token. */
    public static final String ATTRIBUTE = "io.singlepoint.jira.admin.formToken";

    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The session's token, made on first use: what the page writes into its forms. */
    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String made = HexFormat.of().formatHex(bytes);
        session.setAttribute(ATTRIBUTE, made);
        return made;
    }

    /** Whether the request carries its session's token; compared in constant time. */
    public static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        String given = request.getParameter("token");
        return token instanceof String expected && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
