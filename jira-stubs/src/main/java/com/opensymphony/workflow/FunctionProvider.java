package com.opensymphony.workflow;

import java.util.Map;

import com.opensymphony.module.propertyset.PropertySet;

/** Stand-in: OSWorkflow. An interface with raw {@code Map}s; Jira runs post-functions through it. */
@SuppressWarnings("rawtypes")
public interface FunctionProvider {

    void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException;
}
