package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.transport.FieldTransportParams;

/** Stand-in: jira-api ({@code @PublicApi}). */
public interface CustomFieldParams extends FieldTransportParams {

    CustomField getCustomField();
}
