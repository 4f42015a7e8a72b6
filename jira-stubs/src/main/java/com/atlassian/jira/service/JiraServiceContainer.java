package com.atlassian.jira.service;

import com.atlassian.configurable.ObjectConfigurable;

/**
 * Stand-in: jira-api. The real one extends {@code JiraService}, which extends {@code ObjectConfigurable}; the
 * intermediate {@code JiraService} is left out (nothing of it is called).
 */
public interface JiraServiceContainer extends ObjectConfigurable {
}
