package com.atlassian.jira.issue;

/** Stand-in: jira-api. Both lookups return null when there is no such issue. */
public interface IssueManager {

    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);
}
