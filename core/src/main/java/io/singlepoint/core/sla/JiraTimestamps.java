package io.singlepoint.core.sla;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;

/**
 * Timestamps as Jira writes them, {@code 2026-11-03T10:15:30.000+0100} (an offset without a colon), and as
 * ISO-8601 writes them, {@code 2026-11-03T09:15:30Z} or {@code 2026-11-03T10:15:30+01:00}; read at millisecond
 * precision (finer digits are dropped). Years are 0001 to 9999.
 *
 * <p>The fixed layout is parsed by hand from the parser's character buffer, without allocating: an export holds one
 * timestamp per history, and java.time's formatters cost more than the rest of reading one. Anything the fast path
 * does not take (no seconds, a zone region, odd spacing) goes to java.time, which decides.
 */
final class JiraTimestamps {

    /** {@link #parseMillis} found no timestamp in the fixed layout. */
    static final long NOT_FAST = Long.MIN_VALUE;

    private static final DateTimeFormatter JIRA = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    private static final long MIN_MILLIS = -62_135_596_800_000L; // 0001-01-01T00:00:00Z
    private static final long MAX_MILLIS = 253_402_300_799_999L; // 9999-12-31T23:59:59.999Z

    private JiraTimestamps() {
    }

    /**
     * The instant of a timestamp in Jira's or ISO-8601's form.
     *
     * @throws DateTimeException if the text is neither, or the year is outside 0001 to 9999
     */
    static Instant parse(String text) {
        long fast = parseMillis(text.toCharArray(), 0, text.length());
        if (fast != NOT_FAST) {
            return Instant.ofEpochMilli(fast);
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME);
        } catch (DateTimeException iso) {
            parsed = OffsetDateTime.parse(text, JIRA);
        }
        Instant instant = parsed.toInstant();
        if (instant.getEpochSecond() < MIN_MILLIS / 1000 || instant.getEpochSecond() > MAX_MILLIS / 1000) {
            throw new DateTimeException("year outside 0001 to 9999: " + text);
        }
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }

    /**
     * Epoch milliseconds of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HHMM|±HH:MM)} in {@code c[off, off+len)}, or
     * {@link #NOT_FAST} when the slice is not in that layout or not a valid date and time.
     */
    static long parseMillis(char[] c, int off, int len) {
        int end = off + len;
        if (len < 20 || off < 0 || end > c.length) {
            return NOT_FAST;
        }
        int year = digits(c, off, 4);
        int month = digits(c, off + 5, 2);
        int day = digits(c, off + 8, 2);
        int hour = digits(c, off + 11, 2);
        int minute = digits(c, off + 14, 2);
        int second = digits(c, off + 17, 2);
        if ((year | month | day | hour | minute | second) < 0
                || at(c, off + 4) != '-' || at(c, off + 7) != '-' || at(c, off + 10) != 'T'
                || at(c, off + 13) != ':' || at(c, off + 16) != ':'
                || year < 1 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour > 23 || minute > 59 || second > 59) {
            return NOT_FAST;
        }
        int i = off + 19;
        int millis = 0;
        if (at(c, i) == '.') {
            int digits = 0;
            for (i++; i < end && at(c, i) >= '0' && at(c, i) <= '9'; i++, digits++) {
                if (digits < 3) {
                    millis = millis * 10 + (at(c, i) - '0');
                }
            }
            if (digits == 0 || digits > 9) {
                return NOT_FAST;
            }
            for (int d = digits; d < 3; d++) {
                millis *= 10;
            }
        }
        int offsetSeconds = offset(c, i, end);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return NOT_FAST;
        }
        long epochDay = epochDay(year, month, day);
        long millisOfDay = ((hour * 60L + minute) * 60L + second) * 1000L + millis;
        long result = epochDay * 86_400_000L + millisOfDay - offsetSeconds * 1000L;
        return result < MIN_MILLIS || result > MAX_MILLIS ? NOT_FAST : result;
    }

    /** The offset in seconds of {@code Z}, {@code ±HHMM} or {@code ±HH:MM} filling {@code [i, end)}. */
    private static int offset(char[] c, int i, int end) {
        int left = end - i;
        if (left == 1 && at(c, i) == 'Z') {
            return 0;
        }
        if (left != 5 && left != 6) {
            return Integer.MIN_VALUE;
        }
        char sign = at(c, i);
        int hours = digits(c, i + 1, 2);
        int colon = left == 6 ? 1 : 0;
        if (colon == 1 && at(c, i + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int minutes = digits(c, i + 3 + colon, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || hours > 18 || minutes > 59
                || hours == 18 && minutes > 0) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(char[] c, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char ch = at(c, i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** {@code c[i]}, or NUL past the end of the array: the layout checks need no bounds tests of their own. */
    private static char at(char[] c, int i) {
        return i < c.length ? c[i] : '\0';
    }
}
