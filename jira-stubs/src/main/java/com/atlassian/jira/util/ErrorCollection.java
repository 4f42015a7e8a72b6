package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/** Stand-in: jira-api. */
public interface ErrorCollection {

    boolean hasAnyErrors();

    /** Errors not tied to a field. */
    Collection<String> getErrorMessages();

    /** Field id to error. */
    Map<String, String> getErrors();

    /** An error shown next to the field with this id (a later one for the same field replaces it). */
    void addError(String field, String message);
}
