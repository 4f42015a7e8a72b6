package com.atlassian.mail;

/** Stand-in: atlassian-mail. A checked exception; constructors work, so that tests can throw it. */
public class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailException() {
    }

    public MailException(String message) {
        super(message);
    }

    public MailException(Throwable cause) {
        super(cause);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
