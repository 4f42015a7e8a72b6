package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/** Stand-in: jira-api. {@code getId()} and {@code getName()} come from {@link IssueConstant}, as in Jira. */
public interface IssueType extends IssueConstant {
}
