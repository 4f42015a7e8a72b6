package io.singlepoint.jira.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One bounced address on the processing log page, as the template writes it (Jira escapes every value).
 *
 * @param address the address, lower case
 * @param first   the first bounce, {@code 2026-11-03 09:15:02 UTC}
 * @param last    the latest bounce
 * @param bounces how many bounces named it
 * @param logId   the processing log entry of the latest bouncing mail, for its download link
 */
public record MailBounceRow(String address, String first, String last, int bounces, long logId) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    static MailBounceRow of(BouncedAddresses.Bounced b) {
        return new MailBounceRow(b.address(), WHEN.format(b.first()), WHEN.format(b.last()), b.bounces(), b.logId());
    }
}
