package com.atlassian.jira.security.roles;

import java.util.Set;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api. An interface ({@code @PublicApi}); the users in a role, groups resolved. */
public interface DefaultRoleActors {

    Set<ApplicationUser> getApplicationUsers();
}
