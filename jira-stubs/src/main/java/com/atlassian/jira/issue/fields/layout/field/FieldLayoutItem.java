package com.atlassian.jira.issue.fields.layout.field;

/** Stand-in: jira-api. Passed to {@code getVelocityParameters}; no member is called. */
public interface FieldLayoutItem {
}
