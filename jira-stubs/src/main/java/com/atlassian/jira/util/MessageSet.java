package com.atlassian.jira.util;

import java.io.Serializable;
import java.util.Set;

/** Stand-in: jira-api. What a JQL function's {@code validate} returns. */
public interface MessageSet extends Serializable {

    boolean hasAnyErrors();

    Set<String> getErrorMessages();

    void addErrorMessage(String errorMessage);
}
