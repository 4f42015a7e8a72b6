package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/** Stand-in: jira-api. */
public interface CustomFieldManager {

    /** By id string, e.g. {@code "customfield_10010"}; null if there is none. */
    CustomField getCustomFieldObject(String id);

    /** Every custom field (the RASCI search table's rebuild). */
    java.util.List<CustomField> getCustomFieldObjects();

    /** The custom fields in the issue's field configuration scheme (its project and issue type). */
    java.util.List<CustomField> getCustomFieldObjects(Issue issue);
}
