package com.atlassian.jira.project;

/** Stand-in: jira-api. Both lookups return null when there is no such project. */
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);

    Project getProjectObj(Long id);
}
