package com.atlassian.jira.issue.customfields.manager;

/** Stand-in: jira-api. The plugin only hands it to {@code AbstractSingleFieldType}; no member is called. */
public interface GenericConfigManager {
}
