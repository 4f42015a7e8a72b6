package com.atlassian.jira;

/** Stand-in: jira-api. Returned, never called, by the plugin. */
public interface JiraDataType {
}
