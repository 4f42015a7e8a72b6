package io.singlepoint.jira.notify;

import java.net.URI;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Jira's canonical base URL, for the links in notifications ({@code null} if it is not an http(s) URL). */
@Named
public final class JiraBaseUrl {

    private final ApplicationProperties properties;

    @Inject
    public JiraBaseUrl(ApplicationProperties properties) {
        this.properties = properties;
    }

    public URI get() {
        String url = properties.getBaseUrl(UrlMode.CANONICAL);
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return null;
        }
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
