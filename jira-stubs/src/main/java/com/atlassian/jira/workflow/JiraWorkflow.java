package com.atlassian.jira.workflow;

import java.util.Collection;
import java.util.List;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;

/** Stand-in: jira-api. (The real interface also extends {@code Comparable<JiraWorkflow>}; not stubbed.) */
public interface JiraWorkflow {

    String getName();

    /** The step an issue in this status is in. */
    StepDescriptor getLinkedStep(Status status);

    Collection<ActionDescriptor> getAllActions();

    /** Every status the workflow uses. */
    List<Status> getLinkedStatusObjects();
}
