package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in: jira-api. Both methods declare {@code throws com.atlassian.jira.workflow.WorkflowException}, an
 * unchecked exception that is not stubbed (a throws clause of an unchecked exception does not affect linkage).
 */
public interface WorkflowManager {

    JiraWorkflow getWorkflow(Issue issue);

    JiraWorkflow getWorkflow(Long projectId, String issueTypeId);
}
