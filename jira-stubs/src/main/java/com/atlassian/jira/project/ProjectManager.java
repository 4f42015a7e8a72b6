package com.atlassian.jira.project;

import java.util.List;

/** Stand-in: jira-api. Both lookups return null when there is no such project. */
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);

    Project getProjectObj(Long id);

    /** Every project, ordered by name. */
    List<Project> getProjectObjects();
}
