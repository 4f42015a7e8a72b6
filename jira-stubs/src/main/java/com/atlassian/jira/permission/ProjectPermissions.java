package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Stand-in: jira-api. A class of constants. The stand-in values are null (its key's constructor would throw);
 * the fields are not compile-time constants, so the plugin reads the real values from Jira's class at run time.
 */
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = null;
    public static final ProjectPermissionKey ADD_COMMENTS = null;
    public static final ProjectPermissionKey TRANSITION_ISSUES = null;
    public static final ProjectPermissionKey EDIT_ISSUES = null;
}
