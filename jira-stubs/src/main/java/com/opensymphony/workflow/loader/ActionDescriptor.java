package com.opensymphony.workflow.loader;

/** Stand-in: OSWorkflow. A class; {@code getId()} (the action id a transition takes) is inherited. */
public class ActionDescriptor extends AbstractDescriptor {

    private static final long serialVersionUID = 1L;

    private ActionDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getName() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ResultDescriptor getUnconditionalResult() {
        throw new UnsupportedOperationException("stand-in");
    }
}
