package com.atlassian.jira.issue.customfields.impl;

/** Stand-in: jira-api ({@code @PublicApi}). Unchecked; the constructor works, so that tests can throw it. */
public class FieldValidationException extends RuntimeException {

    public FieldValidationException(String message) {
        super(message);
    }
}
