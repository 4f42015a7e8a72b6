package com.atlassian.mail.server;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/** Stand-in: atlassian-mail. An interface; {@code send} is synchronous and throws when the server refuses. */
public interface SMTPMailServer extends MailServer {

    String getDefaultFrom();

    String getPrefix();

    boolean isRemovePrecedence();

    boolean isTlsRequired();

    void send(Email email) throws MailException;

    void sendWithMessageId(Email email, String messageId) throws MailException;

    void quietSend(Email email) throws MailException;
}
