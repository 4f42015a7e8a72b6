package com.atlassian.jira.issue;

import java.sql.Timestamp;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in: jira-api. Jira 7 changed {@code getStatus}, {@code getPriority} and {@code getIssueType} from
 * {@code GenericValue} to the objects below, and {@code getReporter}/{@code getAssignee} from crowd {@code User} to
 * {@code ApplicationUser}; these are the Jira 7+ forms. The real interface's supertypes are not stubbed.
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Status getStatus();

    Priority getPriority();

    IssueType getIssueType();

    Project getProjectObject();

    Long getProjectId();

    ApplicationUser getReporter();

    ApplicationUser getAssignee();

    /** The reporter's user key. */
    String getReporterId();

    Timestamp getCreated();

    Timestamp getUpdated();

    Object getCustomFieldValue(CustomField customField);
}
