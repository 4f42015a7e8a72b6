package com.atlassian.configurable;

/** Stand-in: jira-api. Only the member the app calls. */
public interface ObjectConfigurable {

    String getProperty(String propertyKey) throws ObjectConfigurationException;
}
