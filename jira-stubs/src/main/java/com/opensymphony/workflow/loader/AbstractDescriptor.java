package com.opensymphony.workflow.loader;

import java.io.Serializable;

/**
 * Stand-in: OSWorkflow (Jira bundles an Atlassian fork). An abstract class; {@code getId()} is declared here. (The
 * real one also implements {@code XMLizable}; not stubbed.)
 */
public abstract class AbstractDescriptor implements Serializable {

    private static final long serialVersionUID = 1L;

    public int getId() {
        throw new UnsupportedOperationException("stand-in");
    }
}
