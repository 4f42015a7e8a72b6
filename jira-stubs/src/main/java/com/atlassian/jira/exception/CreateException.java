package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

/** Stand-in: jira-api, {@code @PublicApi}; thrown by {@code MessageHandlerContext.createIssue}. */
public class CreateException extends JiraException {

    private static final long serialVersionUID = 1L;

    public CreateException(String msg) {
        super(msg);
    }

    public CreateException(String msg, Exception e) {
        super(msg, e);
    }
}
