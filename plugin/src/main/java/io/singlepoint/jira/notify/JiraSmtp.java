package io.singlepoint.jira.notify;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;

import io.singlepoint.core.notify.OutboundMail;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;

/**
 * Sends one of core's mails through Jira's default SMTP server, with exactly the headers core wrote: From the service
 * desk (address and name), Reply-To its mailbox, the Message-ID, In-Reply-To and References of the thread,
 * {@code Auto-Submitted} and the rest of core's headers, and a {@code multipart/alternative} body (text, then HTML,
 * UTF-8). Jira's subject prefix is left out: the subject already carries the issue key. Synchronous: it runs in the
 * sending job, never in a transition.
 */
@Named
public final class JiraSmtp {

    private final MailServerManager servers;

    @Inject
    public JiraSmtp(MailServerManager servers) {
        this.servers = servers;
    }

    /**
     * @throws MailException if Jira has no SMTP server or the server does not take the mail
     */
    public void send(OutboundMail mail) throws MailException {
        SMTPMailServer server = servers.getDefaultSMTPMailServer();
        if (server == null) {
            throw new MailException("Jira has no SMTP mail server configured");
        }
        Email email = new com.atlassian.jira.mail.Email(mail.to().address().value());
        email.setFrom(mail.from().address().value());
        if (mail.from().name() != null) {
            email.setFromName(mail.from().name());
        }
        email.setReplyTo(mail.replyTo().value());
        email.setInReplyTo(mail.inReplyTo());
        email.setEncoding("UTF-8");
        email.setExcludeSubjectPrefix(true);
        email.setMultipart(body(mail));
        // Jira's Email adds "Precedence: bulk"; core leaves it out on purpose (mails to one person about their change).
        email.removeHeader("Precedence");
        email.addHeader("References", String.join(" ", mail.references()));
        email.addHeader("Content-Language", mail.language());
        mail.headers().forEach(email::addHeader);
        email.setMessageId(mail.messageId());
        email.setSubject(mail.subject().text());
        server.sendWithMessageId(email, mail.messageId());
    }

    private static MimeMultipart body(OutboundMail mail) throws MailException {
        try {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            alternative.addBodyPart(text);
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.html(), "text/html; charset=UTF-8");
            alternative.addBodyPart(html);
            return alternative;
        } catch (MessagingException e) {
            throw new MailException("cannot build the body of " + mail.messageId(), e);
        }
    }
}
