package com.atlassian.jira.issue.priority;

import com.atlassian.jira.issue.IssueConstant;

/** Stand-in: jira-api. {@code getId()} and {@code getName()} come from {@link IssueConstant}, as in Jira. */
public interface Priority extends IssueConstant {
}
