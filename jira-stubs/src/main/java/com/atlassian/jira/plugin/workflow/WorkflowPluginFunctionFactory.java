package com.atlassian.jira.plugin.workflow;

/** Stand-in: jira-api. The marker a {@code <workflow-function>}'s factory implements. */
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
