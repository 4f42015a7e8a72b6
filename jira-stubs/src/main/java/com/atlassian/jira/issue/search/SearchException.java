package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/** Stand-in: jira-api. Checked (extends {@link JiraException}, which extends {@link Exception}). */
public class SearchException extends JiraException {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Exception cause) {
        super(message, cause);
    }
}
