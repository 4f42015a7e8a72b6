package io.singlepoint.jira.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;

import io.singlepoint.core.sla.StatusSet;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The workflow transitions that leave a status in a project: what an administrator may choose as the transition
 * that hands a waiting issue back to the agent. A project has a workflow per issue type; the same transition id in
 * several of them is listed once, with the names of the workflows that have it.
 */
@Named
public final class WorkflowTransitions {

    /** A transition (workflow action) out of a status. */
    public record Transition(int id, String name, List<String> workflows) {
    }

    private final WorkflowManager workflows;

    @Inject
    public WorkflowTransitions(WorkflowManager workflows) {
        this.workflows = workflows;
    }

    /** For each of {@code statuses}, in their order, the transitions out of it; none if no workflow has it. */
    public Map<String, List<Transition>> from(Project project, List<String> statuses) {
        Map<String, Map<Integer, Transition>> found = new LinkedHashMap<>();
        statuses.forEach(status -> found.put(status, new LinkedHashMap<>()));
        Set<String> seen = new HashSet<>();
        for (IssueType type : project.getIssueTypes()) {
            JiraWorkflow workflow = workflows.getWorkflow(project.getId(), type.getId());
            if (workflow == null || !seen.add(workflow.getName())) {
                continue;
            }
            for (Status status : workflow.getLinkedStatusObjects()) {
                for (String wanted : statuses) {
                    // Status names compare as the SLA engine compares them.
                    if (StatusSet.of(wanted).contains(status.getName())) {
                        add(found.get(wanted), workflow, workflow.getLinkedStep(status));
                    }
                }
            }
        }
        Map<String, List<Transition>> transitions = new LinkedHashMap<>();
        found.forEach((status, byId) -> transitions.put(status, List.copyOf(byId.values())));
        return transitions;
    }

    private static void add(Map<Integer, Transition> byId, JiraWorkflow workflow, StepDescriptor step) {
        if (step == null) {
            return;
        }
        for (Object action : step.getActions()) {
            ActionDescriptor transition = (ActionDescriptor) action;
            byId.merge(transition.getId(), new Transition(transition.getId(), transition.getName(),
                    List.of(workflow.getName())), (known, more) -> {
                        List<String> names = new ArrayList<>(known.workflows());
                        names.addAll(more.workflows());
                        return new Transition(known.id(), known.name(), List.copyOf(names));
                    });
        }
    }
}
