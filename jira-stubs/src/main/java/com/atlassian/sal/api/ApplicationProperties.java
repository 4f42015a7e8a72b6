package com.atlassian.sal.api;

/** Stand-in: sal-api. An interface; only the base URL the plugin links to. */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
