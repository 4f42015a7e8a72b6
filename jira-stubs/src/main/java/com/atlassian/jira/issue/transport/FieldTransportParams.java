package com.atlassian.jira.issue.transport;

/** Stand-in: jira-api ({@code @PublicApi}). */
public interface FieldTransportParams extends CollectionParams {

    Object getFirstValueForNullKey();
}
