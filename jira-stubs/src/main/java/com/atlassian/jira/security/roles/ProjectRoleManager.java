package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;

/** Stand-in: jira-api. An interface; a role by name and its actors in a project. */
public interface ProjectRoleManager {

    ProjectRole getProjectRole(String name);

    ProjectRoleActors getProjectRoleActors(ProjectRole projectRole, Project project);
}
