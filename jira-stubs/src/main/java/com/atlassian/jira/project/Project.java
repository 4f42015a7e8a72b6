package com.atlassian.jira.project;

import java.util.Collection;

import com.atlassian.jira.issue.issuetype.IssueType;

/** Stand-in: jira-api. */
public interface Project {

    Long getId();

    String getKey();

    String getName();

    /** The issue types of the project's issue type scheme. */
    Collection<IssueType> getIssueTypes();

    /** Issue 6: the project lead's user key (RASCI defaults). */
    String getLeadUserKey();
}
