package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Stand-in: jira-api. A class; the superclass of the {@code IssueService} result classes. */
public class ServiceResultImpl implements ServiceResult {

    public ServiceResultImpl(ErrorCollection errorCollection) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("stand-in");
    }
}
