package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Stand-in: jira-api. In Jira {@code getId}/{@code getName} are declared on the supertype {@code Field}; the many
 * supertypes are not stubbed and the two methods are declared here (same erasure, resolved through the real
 * hierarchy at run time).
 */
public interface CustomField {

    String getId();

    String getName();

    Object getValue(Issue issue);

    /** Issue 6: the field's type, e.g. to tell a RASCI field from others. */
    CustomFieldType getCustomFieldType();
}
