package com.atlassian.jira.plugin.workflow;

import java.util.HashMap;
import java.util.Map;

import com.opensymphony.workflow.loader.AbstractDescriptor;

/**
 * Stand-in: jira-api. An abstract class that dispatches {@code getVelocityParams} by resource name ({@code "view"},
 * {@code "input-parameters"}, {@code "edit-parameters"}) to the three abstract methods. The dispatch is Jira 6.3's (J63
 * {@code AbstractWorkflowPluginFactory.java}, read with find_string): edit does not call input. It works here as in
 * Jira, so that a subclass can be tested through the entry point Jira calls.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    @Override
    public Map<String, Object> getVelocityParams(final String resourceName, final AbstractDescriptor descriptor) {
        Map<String, Object> params = new HashMap<>();
        if ("input-parameters".equals(resourceName)) {
            getVelocityParamsForInput(params);
        } else if ("edit-parameters".equals(resourceName)) {
            getVelocityParamsForEdit(params, descriptor);
        } else if ("view".equals(resourceName)) {
            getVelocityParamsForView(params, descriptor);
        }
        return params;
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
