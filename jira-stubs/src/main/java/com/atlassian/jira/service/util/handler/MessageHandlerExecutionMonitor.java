package com.atlassian.jira.service.util.handler;

/** Stand-in: jira-api, {@code @PublicApi}; none of its own members (the app reports through the collector's). */
public interface MessageHandlerExecutionMonitor extends MessageHandlerErrorCollector {
}
