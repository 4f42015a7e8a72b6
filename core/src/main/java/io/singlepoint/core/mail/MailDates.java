package io.singlepoint.core.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Date header (RFC 5322 section 3.3), leniently: day name optional, one- or two-digit day, English month
 * abbreviation, two- or four-digit year, seconds optional, numeric zone or an obsolete name ({@code GMT}, {@code EST},
 * ...); a comment after it ignored. Anything else is no date.
 */
final class MailDates {

    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]{3},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*([+-]\\d{4}|[A-Za-z]{1,5})?");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Map<String, Integer> ZONES = Map.of("UT", 0, "GMT", 0, "Z", 0, "UTC", 0, "EST", -5,
            "EDT", -4, "CST", -6, "CDT", -5, "MST", -7, "MDT", -6);

    private MailDates() {
    }

    /** The instant, or {@code null} if the value is no date. */
    static Instant parse(String value) {
        if (value == null || value.length() > 200) {
            return null;
        }
        Matcher m = DATE.matcher(value.trim());
        if (!m.lookingAt()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (m.group(3).length() == 3) {
            year += 1900;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month / 3 + 1, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Math.min(59, Integer.parseInt(m.group(6))));
            return local.toInstant(offset(m.group(7)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            if (hours > 18 || minutes > 59) {
                return ZoneOffset.UTC;
            }
            int seconds = (hours * 3600 + minutes * 60) * (zone.startsWith("-") ? -1 : 1);
            return ZoneOffset.ofTotalSeconds(seconds);
        }
        return ZoneOffset.ofHours(ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), 0));
    }
}
