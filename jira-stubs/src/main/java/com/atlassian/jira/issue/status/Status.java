package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;

/** Stand-in: jira-api. {@code getId()} and {@code getName()} come from {@link IssueConstant}, as in Jira. */
public interface Status extends IssueConstant {
}
