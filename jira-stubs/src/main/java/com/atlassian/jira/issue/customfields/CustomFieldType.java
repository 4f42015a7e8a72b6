package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;

/**
 * Stand-in: jira-api ({@code @PublicSpi}). {@code T} is the transport type (what an issue holds), {@code S} the
 * single-value type. Only the two members the plugin overrides through {@code AbstractSingleFieldType} are declared;
 * the real interface has many more, which the real {@code AbstractCustomFieldType} implements.
 */
public interface CustomFieldType<T, S> {

    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;
}
