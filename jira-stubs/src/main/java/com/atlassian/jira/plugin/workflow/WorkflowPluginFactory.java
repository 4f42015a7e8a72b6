package com.atlassian.jira.plugin.workflow;

import java.util.Map;

import com.opensymphony.workflow.loader.AbstractDescriptor;

/** Stand-in: jira-api. Supplies a workflow function's templates with values and turns its form into args. */
public interface WorkflowPluginFactory {

    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
