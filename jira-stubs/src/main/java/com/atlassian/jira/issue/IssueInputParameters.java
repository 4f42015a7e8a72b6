package com.atlassian.jira.issue;

/** Stand-in: jira-api. Note the mixed style of the real interface: {@code setComment} is fluent, {@code setSkipScreenCheck} is void. */
public interface IssueInputParameters {

    IssueInputParameters setComment(String comment);

    void setSkipScreenCheck(boolean skipScreenCheck);

    /** Issue 6: a custom field's values under its full key ({@code customfield_10100}, or with a {@code :suffix}). */
    IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values);
}
