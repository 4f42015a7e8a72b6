package io.singlepoint.jira.notify;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.SMTPMailServer;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Jira's SMTP server, played by Jakarta Mail talking to a real SMTP server (GreenMail) on {@code port}: it turns an
 * atlassian-mail {@code Email} into a MIME message as atlassian-mail does — From with its name, To, Reply-To,
 * In-Reply-To, every added header, the subject in UTF-8, the multipart body or the text body, and the Message-ID
 * given — and sends it. A port where nothing listens makes it fail as an unreachable server does.
 */
public final class SmtpServerOverJakartaMail implements SMTPMailServer {

    private volatile int port;

    public SmtpServerOverJakartaMail(int port) {
        this.port = port;
    }

    /** Sends to another port from now on: one where nothing listens takes the server down. */
    public void port(int value) {
        port = value;
    }

    @Override
    public void sendWithMessageId(Email email, String messageId) throws MailException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(email.getFrom(), email.getFromName(), "UTF-8"));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.getTo()));
            if (email.getReplyTo() != null) {
                message.setReplyTo(InternetAddress.parse(email.getReplyTo()));
            }
            if (email.getInReplyTo() != null) {
                message.setHeader("In-Reply-To", email.getInReplyTo());
            }
            for (Object entry : email.getHeaders().entrySet()) {
                Map.Entry<?, ?> header = (Map.Entry<?, ?>) entry;
                message.addHeader((String) header.getKey(), (String) header.getValue());
            }
            message.setSubject(email.getSubject(), "UTF-8");
            if (email.getMultipart() != null) {
                message.setContent(email.getMultipart());
            } else {
                message.setText(email.getBody(), "UTF-8");
            }
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailException(e.getMessage(), e);
        }
    }

    @Override
    public void send(Email email) throws MailException {
        sendWithMessageId(email, email.getMessageId());
    }

    @Override
    public void quietSend(Email email) throws MailException {
        send(email);
    }

    @Override
    public String getDefaultFrom() {
        return "jira@example.com";
    }

    @Override
    public String getPrefix() {
        return "[JIRA]";
    }

    @Override
    public boolean isRemovePrecedence() {
        return false;
    }

    @Override
    public boolean isTlsRequired() {
        return false;
    }

    @Override
    public Long getId() {
        return 10000L;
    }

    @Override
    public String getName() {
        return "GreenMail";
    }

    @Override
    public String getHostname() {
        return "127.0.0.1";
    }
}
