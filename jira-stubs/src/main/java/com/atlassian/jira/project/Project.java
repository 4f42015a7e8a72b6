package com.atlassian.jira.project;

/** Stand-in: jira-api. */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
