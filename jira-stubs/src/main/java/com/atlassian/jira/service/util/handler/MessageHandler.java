package com.atlassian.jira.service.util.handler;

import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * Stand-in: jira-api, {@code @PublicSpi}; complete. Jira 10 has {@code javax.mail} here (the build rewrites it); that
 * Jira 11 has {@code jakarta.mail} is an inference (README, Unverified).
 */
public interface MessageHandler {

    void init(Map<String, String> params, MessageHandlerErrorCollector errorCollector);

    boolean handleMessage(Message message, MessageHandlerContext context) throws MessagingException;
}
