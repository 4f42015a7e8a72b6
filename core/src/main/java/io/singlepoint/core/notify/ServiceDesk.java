package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The sender of a project's notifications: the service desk, the single point of contact. Mails come From its address
 * and name — never from the change owner or whoever made the transition — and replies go to the mailbox the mail
 * handler reads.
 *
 * @param from    the From of every mail, {@code IT Service Desk <servicedesk@example.com>}
 * @param replyTo the mailbox the mail handler reads; often the same address
 * @param zone    the service desk's time zone: times in mails to people whose zone is unknown
 * @param locale  the language of mails to people whose language is unknown
 */
public record ServiceDesk(Mailbox from, EmailAddress replyTo, ZoneId zone, Locale locale) {

    public ServiceDesk {
        requireNonNull(from, "from");
        replyTo = replyTo == null ? from.address() : replyTo;
        zone = zone == null ? ZoneOffset.UTC : zone;
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** A service desk that sends from and reads {@code from}, in UTC and English. */
    public static ServiceDesk of(Mailbox from) {
        return new ServiceDesk(from, null, null, null);
    }

    public ServiceDesk withReplyTo(EmailAddress address) {
        return new ServiceDesk(from, address, zone, locale);
    }

    public ServiceDesk withZone(ZoneId value) {
        return new ServiceDesk(from, replyTo, value, locale);
    }

    public ServiceDesk withLocale(Locale value) {
        return new ServiceDesk(from, replyTo, zone, value);
    }
}
