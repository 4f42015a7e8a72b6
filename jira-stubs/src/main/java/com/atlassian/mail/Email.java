package com.atlassian.mail;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.Multipart;

/**
 * Stand-in: atlassian-mail. A class: a mail to send, its fluent setters returning {@code Email} except
 * {@code setMessageId} and {@code addHeader}, which are {@code void}. Unlike other stand-ins it keeps what is set (a
 * plain value object, as the real one is), so that tests can read what the plugin built. The real constructor also
 * adds {@code Precedence: bulk} and {@code Auto-Submitted: auto-generated} ({@code loadDefaultHeaders}); this one
 * adds nothing, so tests see only the plugin's own headers.
 */
@SuppressWarnings("rawtypes")
public class Email implements Serializable {

    private static final long serialVersionUID = 1L;

    private String to;
    private String from;
    private String fromName;
    private String subject;
    private String replyTo;
    private String inReplyTo;
    private String body;
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";
    private String messageId;
    private transient Multipart multipart;
    private boolean excludeSubjectPrefix;
    private final Map<String, String> headers = new HashMap<>();

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email setFrom(String from) {
        this.from = from;
        return this;
    }

    public Email setFromName(String fromName) {
        this.fromName = fromName;
        return this;
    }

    public Email setTo(String to) {
        this.to = to;
        return this;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setReplyTo(String replyTo) {
        this.replyTo = replyTo;
        return this;
    }

    public Email setInReplyTo(String inReplyTo) {
        this.inReplyTo = inReplyTo;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public Email setMultipart(Multipart multipart) {
        this.multipart = multipart;
        return this;
    }

    public Email setExcludeSubjectPrefix(boolean excludeSubjectPrefix) {
        this.excludeSubjectPrefix = excludeSubjectPrefix;
        return this;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public void addHeader(String headerName, String headerValue) {
        headers.put(headerName, headerValue);
    }

    public String removeHeader(String headerName) {
        return headers.remove(headerName);
    }

    public Map getHeaders() {
        return headers;
    }

    public String getTo() {
        return to;
    }

    public String getFrom() {
        return from;
    }

    public String getFromName() {
        return fromName;
    }

    public String getSubject() {
        return subject;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }

    public String getMessageId() {
        return messageId;
    }

    public Multipart getMultipart() {
        return multipart;
    }

    public boolean isExcludeSubjectPrefix() {
        return excludeSubjectPrefix;
    }
}
