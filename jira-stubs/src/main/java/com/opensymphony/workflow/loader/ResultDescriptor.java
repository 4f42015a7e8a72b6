package com.opensymphony.workflow.loader;

/** Stand-in: OSWorkflow. A class. */
public class ResultDescriptor extends AbstractDescriptor {

    private static final long serialVersionUID = 1L;

    private ResultDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The target step id; {@code -1} (JiraWorkflow.ACTION_ORIGIN_STEP_ID) for a transition back to the same step. */
    public int getStep() {
        throw new UnsupportedOperationException("stand-in");
    }
}
