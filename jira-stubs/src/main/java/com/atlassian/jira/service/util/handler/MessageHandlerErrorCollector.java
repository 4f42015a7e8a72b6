package com.atlassian.jira.service.util.handler;

/** Stand-in: jira-api, {@code @PublicApi}; complete. */
public interface MessageHandlerErrorCollector {

    void error(String error, Throwable e);

    void error(String error);

    void warning(String warning);

    void warning(String warning, Throwable e);

    void info(String info);

    void info(String info, Throwable e);
}
