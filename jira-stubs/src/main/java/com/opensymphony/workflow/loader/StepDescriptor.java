package com.opensymphony.workflow.loader;

import java.util.List;

/** Stand-in: OSWorkflow. A class. */
public class StepDescriptor extends AbstractDescriptor {

    private static final long serialVersionUID = 1L;

    private StepDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The actions (transitions) out of this step: a raw {@code List} of {@link ActionDescriptor}. */
    @SuppressWarnings("rawtypes")
    public List getActions() {
        throw new UnsupportedOperationException("stand-in");
    }
}
