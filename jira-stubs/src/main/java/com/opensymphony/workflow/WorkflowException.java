package com.opensymphony.workflow;

/**
 * Stand-in: OSWorkflow. A checked exception; only the two constructors the shared reference advises (Jira bundles a
 * fork whose full constructor set is not verified).
 */
public class WorkflowException extends Exception {

    private static final long serialVersionUID = 1L;

    public WorkflowException(String s) {
        super(s);
    }

    public WorkflowException(String s, Throwable rootCause) {
        super(s, rootCause);
    }
}
