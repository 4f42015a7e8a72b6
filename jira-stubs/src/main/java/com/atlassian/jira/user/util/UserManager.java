package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api. Jira's own user manager, not SAL's {@code com.atlassian.sal.api.user.UserManager}. */
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
