package com.atlassian.sal.api;

/** Stand-in: sal-api. An enum: how {@code ApplicationProperties.getBaseUrl} forms the URL. */
public enum UrlMode {
    ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO
}
