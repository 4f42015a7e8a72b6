package com.atlassian.jira.util;

import java.util.Set;

/**
 * Stand-in: jira-api. In Jira it extends the {@code @Internal} {@code AbstractMessageSet}, where these methods are
 * implemented; that superclass is not stubbed and the methods are declared here (same erasure, resolved through
 * the real hierarchy at run time).
 */
public class MessageSetImpl implements MessageSet {

    private static final long serialVersionUID = 1L;

    public MessageSetImpl() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean hasAnyErrors() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public Set<String> getErrorMessages() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        throw new UnsupportedOperationException("stand-in");
    }
}
