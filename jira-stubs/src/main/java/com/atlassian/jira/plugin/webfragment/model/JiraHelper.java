package com.atlassian.jira.plugin.webfragment.model;

import java.util.Map;

/**
 * Stand-in: jira-api. A class. On the issue view its context parameters hold the {@code Issue} under
 * {@code "issue"}. Its constructors (some take the servlet request) are not stubbed.
 */
public class JiraHelper {

    private JiraHelper() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Map<String, Object> getContextParams() {
        throw new UnsupportedOperationException("stand-in");
    }
}
