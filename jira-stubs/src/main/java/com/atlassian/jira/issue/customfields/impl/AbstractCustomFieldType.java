package com.atlassian.jira.issue.customfields.impl;

import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;

/**
 * Stand-in: jira-api ({@code @PublicSpi}), an abstract class with the implicit constructor, as the real one. Only
 * the members the plugin overrides are declared.
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getChangelogString(CustomField field, T value) {
        throw new UnsupportedOperationException("stand-in");
    }
}
