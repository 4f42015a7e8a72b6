package com.atlassian.jira.security.groups;

import java.util.Collection;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api. An interface; only the members of a group by its name (nested groups included). */
public interface GroupManager {

    Collection<ApplicationUser> getUsersInGroup(String groupName);

    /** The names of the groups the user belongs to ({@code rasciRole()} without a person). */
    Collection<String> getGroupNamesForUser(ApplicationUser user);
}
