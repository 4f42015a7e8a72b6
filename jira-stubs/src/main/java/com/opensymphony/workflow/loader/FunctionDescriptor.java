package com.opensymphony.workflow.loader;

import java.util.HashMap;
import java.util.Map;

/**
 * Stand-in: OSWorkflow. A class with a public constructor; {@code getArgs()} is the function's {@code <arg>}s. Unlike
 * other stand-ins its map works (as the real one's does), so that tests can build a configured function.
 */
@SuppressWarnings("rawtypes")
public class FunctionDescriptor extends AbstractDescriptor {

    private static final long serialVersionUID = 1L;

    protected Map args = new HashMap();

    public FunctionDescriptor() {
    }

    public Map getArgs() {
        return args;
    }
}
