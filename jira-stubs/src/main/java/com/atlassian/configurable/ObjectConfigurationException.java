package com.atlassian.configurable;

/** Stand-in: jira-api. Checked; its real superclass is not known (see README, Unverified). */
public class ObjectConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ObjectConfigurationException(String message) {
        super(message);
    }
}
