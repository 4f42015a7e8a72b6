package com.atlassian.jira.web.util;

/** Stand-in: jira-api. Checked. */
public class AttachmentException extends Exception {

    private static final long serialVersionUID = 1L;

    public AttachmentException(String message) {
        super(message);
    }

    public AttachmentException(Throwable cause) {
        super(cause);
    }

    public AttachmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
