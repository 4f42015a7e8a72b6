package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Stand-in: jira-api. */
public interface ServiceResult {

    boolean isValid();

    ErrorCollection getErrorCollection();
}
