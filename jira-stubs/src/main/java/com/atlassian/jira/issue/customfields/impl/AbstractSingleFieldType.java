package com.atlassian.jira.issue.customfields.impl;

import java.util.Set;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Stand-in: jira-api ({@code @PublicSpi}). The constructor keeps its two services, as the real one does, so that
 * subclasses can be instantiated in tests; every other body throws.
 */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

    protected final CustomFieldValuePersister customFieldValuePersister;
    protected final GenericConfigManager genericConfigManager;

    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister,
                                      GenericConfigManager genericConfigManager) {
        this.customFieldValuePersister = customFieldValuePersister;
        this.genericConfigManager = genericConfigManager;
    }

    public T getValueFromIssue(CustomField field, Issue issue) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Set<Long> remove(CustomField field) {
        throw new UnsupportedOperationException("stand-in");
    }

    public void createValue(CustomField field, Issue issue, T value) {
        throw new UnsupportedOperationException("stand-in");
    }

    public void updateValue(CustomField customField, Issue issue, T value) {
        throw new UnsupportedOperationException("stand-in");
    }

    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
                                   FieldConfig config) {
        throw new UnsupportedOperationException("stand-in");
    }

    public T getValueFromCustomFieldParams(CustomFieldParams relevantParams) throws FieldValidationException {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getChangelogValue(CustomField field, T value) {
        throw new UnsupportedOperationException("stand-in");
    }

    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;
}
