package com.atlassian.mail.server;

/** Stand-in: atlassian-mail. An interface; Jira's configured mail servers. */
public interface MailServerManager {

    SMTPMailServer getDefaultSMTPMailServer();

    boolean isDefaultSMTPMailServerDefined();
}
