package io.singlepoint.core.notify;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Someone a mail may go to, as the user directory knows them. Nothing here is trusted: the address is checked when
 * the person is chosen as a recipient ({@link Recipients}), the name made fit when it is written into a header.
 *
 * @param key         the Jira user key; {@code null} for an outside address that is no user
 * @param displayName the name people see; {@code null} if unknown
 * @param email       the address as the directory has it; {@code null} or blank for none
 * @param locale      the language mails to them are written in; {@code null} for the service desk's
 * @param zone        their time zone, for times in mails; {@code null} for the service desk's
 * @param active      whether the account is active: inactive users are never mailed
 */
public record Person(String key, String displayName, String email, Locale locale, ZoneId zone, boolean active) {

    /** Someone known only by an address: active, no name, the service desk's language and zone. */
    public static Person outside(String email) {
        return new Person(null, null, email, null, null, true);
    }

    /** How the person is named in a log: the name and key, or the address. */
    public String describe() {
        String name = displayName == null || displayName.isBlank() ? null : HeaderValue.oneLine(displayName, 60);
        if (key == null) {
            return name == null ? String.valueOf(email) : name + " <" + email + ">";
        }
        return name == null ? key : name + " (" + key + ")";
    }
}
