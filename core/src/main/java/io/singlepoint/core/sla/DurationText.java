package io.singlepoint.core.sla;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type them into a search or a field: {@code 4h}, {@code 30m}, {@code 1h30m}, {@code 2d},
 * {@code 1w}, or ISO-8601 ({@code PT4H}). A day is 24 hours, a week 7 days.
 */
public final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)w)?\\s*(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m)?");

    private DurationText() {
    }

    /**
     * @throws IllegalArgumentException if the text is none of the accepted forms, or not positive
     */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Duration duration = trimmed.startsWith("p") ? iso(text, trimmed) : shortForm(text, trimmed);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a positive duration");
        }
        return duration;
    }

    private static Duration iso(String text, String trimmed) {
        try {
            return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw notADuration(text);
        }
    }

    private static Duration shortForm(String text, String trimmed) {
        Matcher m = SHORT.matcher(trimmed);
        if (trimmed.isEmpty() || !m.matches()) {
            throw notADuration(text);
        }
        try {
            return Duration.ofDays(7 * number(m.group(1)) + number(m.group(2)))
                    .plusHours(number(m.group(3)))
                    .plusMinutes(number(m.group(4)));
        } catch (ArithmeticException | NumberFormatException e) {
            throw notADuration(text);
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static IllegalArgumentException notADuration(String text) {
        return new IllegalArgumentException("\"" + text + "\" is not a duration such as 30m, 4h, 1h30m, 2d, 1w or PT4H");
    }
}
