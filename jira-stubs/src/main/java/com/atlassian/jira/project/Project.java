package com.atlassian.jira.project;

/** Stand-in: jira-api. */
public interface Project {

    Long getId();

    String getKey();

    String getName();

    /** Issue 6: the project lead's user key (RASCI defaults). */
    String getLeadUserKey();
}
