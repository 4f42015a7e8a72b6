package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

import io.singlepoint.core.sla.DurationText;

/**
 * When a reminder is due and while it stays wanted.
 *
 * @param before    how long before the change window starts it is due; positive, at most {@value #MAX_DAYS} days
 * @param dateField the id of the date-time field holding the window's start ({@code customfield_10200}); {@code null}
 *                  for the configuration's window start field
 * @param statuses  the statuses the issue must still be in when the reminder is due; empty for the status the issue was
 *                  in when the reminder was asked for. Names compare ignoring case.
 */
public record ReminderRule(Duration before, String dateField, List<String> statuses) {

    /** 24 hours: a day's notice. */
    public static final Duration DEFAULT_BEFORE = Duration.ofHours(24);
    public static final int MAX_DAYS = 90;

    /** 24 hours before the configuration's window start, while the issue is in the status it was scheduled in. */
    public static final ReminderRule DEFAULT = new ReminderRule(DEFAULT_BEFORE, null, List.of());

    public ReminderRule {
        requireNonNull(before, "before");
        if (before.isNegative() || before.isZero() || before.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new IllegalArgumentException("a reminder is due between a minute and " + MAX_DAYS + " days before"
                    + " the window, not " + before);
        }
        if (dateField != null) {
            NotificationConfig.fieldId(dateField);
        }
        statuses = statuses.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** {@code 24h}, {@code 2d}, {@code 90m}, {@code PT36H}: as {@link DurationText} reads them. */
    public static Duration parseBefore(String text) {
        return DurationText.parse(text);
    }
}
