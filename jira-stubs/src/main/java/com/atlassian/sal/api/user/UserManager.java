package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

/** Stand-in: sal-api. Only the members the plugin calls; the String-username variants are deprecated. */
public interface UserManager {

    UserKey getRemoteUserKey(HttpServletRequest request);

    /** The user of the current request (REST resources have no servlet request of their own); null if anonymous. */
    UserKey getRemoteUserKey();

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
