package com.atlassian.jira;

/**
 * Stand-in: jira-api. A final class of constants. The stand-in value is null; the field is not a compile-time
 * constant, so the plugin reads Jira's value at run time.
 */
public final class JiraDataTypes {

    public static final JiraDataType ISSUE = null;
}
