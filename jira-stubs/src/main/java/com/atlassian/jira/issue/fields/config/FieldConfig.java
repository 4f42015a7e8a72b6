package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.issue.fields.CustomField;

/** Stand-in: jira-api. */
public interface FieldConfig {

    CustomField getCustomField();
}
