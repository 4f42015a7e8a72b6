package com.atlassian.jira.security.roles;

/** Stand-in: jira-api. An interface ({@code @PublicApi}): a project role by id and name. */
public interface ProjectRole {

    Long getId();

    String getName();
}
