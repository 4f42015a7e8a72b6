package com.atlassian.jira.issue.customfields.option;

/** Stand-in: jira-api. The value of a select-list custom field. */
public interface Option {

    String getValue();
}
