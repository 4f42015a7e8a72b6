package com.atlassian.jira.security.plugin;

/**
 * Stand-in: jira-api. A final value class. The plugin only passes the constants of
 * {@link com.atlassian.jira.permission.ProjectPermissions}; its constructor is not stubbed.
 */
public final class ProjectPermissionKey {

    private ProjectPermissionKey() {
        throw new UnsupportedOperationException("stand-in");
    }
}
