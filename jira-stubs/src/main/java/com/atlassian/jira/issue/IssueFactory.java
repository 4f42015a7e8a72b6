package com.atlassian.jira.issue;

/** Stand-in: jira-api. Only the blank issue that {@code MessageHandlerContext.createIssue} is handed. */
public interface IssueFactory {

    /** A new blank issue, not yet stored. */
    MutableIssue getIssue();
}
