package com.atlassian.jira.mail;

/**
 * Stand-in: jira-api. A class extending atlassian-mail's {@code Email}; the real constructor adds Jira's fingerprint
 * header and applies the admin's precedence-header policy and mail encoding. Its {@code setSubject} (replacing CR/LF
 * by spaces) returns {@code com.atlassian.mail.Email} and is inherited here unchanged.
 */
public class Email extends com.atlassian.mail.Email {

    private static final long serialVersionUID = 1L;

    public static final String HEADER_JIRA_FINGER_PRINT = "X-JIRA-FingerPrint";

    public Email(String to) {
        super(to);
    }
}
