package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

/** Stand-in: sal-api. Only the members the plugin calls; the String-username variants are deprecated. */
public interface UserManager {

    UserKey getRemoteUserKey(HttpServletRequest request);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
