package com.atlassian.jira.issue;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api. Both lookups return null when there is no such issue. */
public interface IssueManager {

    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    /** Issue 8, an administrator's re-run: creates the issue as {@code user}, firing the issue-created event. */
    Issue createIssueObject(ApplicationUser user, Issue issue) throws CreateException;
}
