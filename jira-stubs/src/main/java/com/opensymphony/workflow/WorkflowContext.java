package com.opensymphony.workflow;

import java.io.Serializable;

/** Stand-in: OSWorkflow. An interface; in Jira {@code getCaller()} is the acting user's key. */
public interface WorkflowContext extends Serializable {

    String getCaller();

    void setRollbackOnly();
}
