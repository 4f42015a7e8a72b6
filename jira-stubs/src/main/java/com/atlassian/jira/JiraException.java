package com.atlassian.jira;

/** Stand-in: jira-api. Checked; the superclass of {@code SearchException}. */
public class JiraException extends Exception {

    private static final long serialVersionUID = 1L;

    public JiraException(String message) {
        super(message);
    }

    public JiraException(String message, Throwable cause) {
        super(message, cause);
    }
}
