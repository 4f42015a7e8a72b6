package com.atlassian.jira.issue;

/** Stand-in: jira-api. No setters are stubbed: the plugin changes issues through {@code IssueService}. */
public interface MutableIssue extends Issue {
}
