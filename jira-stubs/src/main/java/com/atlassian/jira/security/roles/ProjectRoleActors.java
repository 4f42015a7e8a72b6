package com.atlassian.jira.security.roles;

/** Stand-in: jira-api. An interface ({@code @PublicApi}): a role's actors in one project. */
public interface ProjectRoleActors extends DefaultRoleActors {

    Long getProjectId();
}
