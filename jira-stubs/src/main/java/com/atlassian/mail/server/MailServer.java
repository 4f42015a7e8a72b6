package com.atlassian.mail.server;

/** Stand-in: atlassian-mail. An interface; only what the plugin shows in its log. */
public interface MailServer {

    Long getId();

    String getName();

    String getHostname();
}
