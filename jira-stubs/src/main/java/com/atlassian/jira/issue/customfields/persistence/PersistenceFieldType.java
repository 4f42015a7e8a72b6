package com.atlassian.jira.issue.customfields.persistence;

/**
 * Stand-in: jira-api. A final class of constants (not an enum). The stand-in values are null; the fields are not
 * compile-time constants, so the plugin reads Jira's values at run time.
 */
public final class PersistenceFieldType {

    public static final PersistenceFieldType TYPE_LIMITED_TEXT = null;
    public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = null;

    private PersistenceFieldType() {
    }
}
