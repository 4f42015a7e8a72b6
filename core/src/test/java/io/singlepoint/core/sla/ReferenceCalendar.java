package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DESIGN.md's working time read as literally as possible and counted minute by minute, to judge
 * {@link BusinessCalendar} by. It uses nothing of the calendar but its public accessors.
 *
 * <p>Minute {@code m} works iff a local date near it that is not a holiday has a working range whose start and end,
 * resolved with {@link LocalDateTime#atZone} ({@code 24:00} being 00:00 of the next day), enclose it. An empty
 * resolved range contains nothing and overlapping ones count once, because "any range contains it" is a union.
 * Every resolved bound must be a whole minute, which keeps stepping exact; instants are taken to the millisecond.
 */
final class ReferenceCalendar {

    private static final long MINUTE_SECONDS = 60;
    private static final long MINUTE_MILLIS = 60_000;

    private final BusinessCalendar calendar;
    /** Resolved ranges {@code {from, to}} in epoch seconds per local date; only a cache, every entry is recomputable. */
    private final Map<LocalDate, List<long[]>> resolved = new HashMap<>();

    ReferenceCalendar(BusinessCalendar calendar) {
        this.calendar = requireNonNull(calendar, "calendar");
    }

    /**
     * Working time in {@code [from, to)}: the working minutes counted one by one, the first and last only as far
     * as they lie inside. Whether a minute works never changes within it, so millisecond instants are exact too.
     */
    Duration workingTime(Instant from, Instant to) {
        long fromMillis = from.toEpochMilli();
        long toMillis = to.toEpochMilli();
        long total = 0;
        for (long m = Math.floorDiv(fromMillis, MINUTE_MILLIS); m * MINUTE_MILLIS < toMillis; m++) {
            if (works(m)) {
                total += Math.min(toMillis, (m + 1) * MINUTE_MILLIS) - Math.max(fromMillis, m * MINUTE_MILLIS);
            }
        }
        return Duration.ofMillis(Math.max(total, 0));
    }

    /** The earliest {@code t >= start} with {@code workingTime(start, t) == amount}: walks until enough has worked. */
    Instant addWorking(Instant start, Duration amount) {
        long t = start.toEpochMilli();
        long needed = amount.toMillis();
        while (needed > 0) {
            long m = Math.floorDiv(t, MINUTE_MILLIS);
            long endOfMinute = (m + 1) * MINUTE_MILLIS;
            if (works(m)) {
                if (needed <= endOfMinute - t) {
                    return Instant.ofEpochMilli(t + needed);
                }
                needed -= endOfMinute - t;
            }
            t = endOfMinute;
        }
        return Instant.ofEpochMilli(t);
    }

    /** Whether the minute starting at epoch minute {@code m} is working time. */
    boolean works(long m) {
        if (calendar.isAlways()) {
            return true;
        }
        long second = m * MINUTE_SECONDS;
        LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(second), calendar.zone());
        // A switch moves a range by an hour or so, by a day at most (Samoa skipped one), never two dates away.
        for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
            for (long[] range : rangesOf(d)) {
                if (range[0] <= second && second < range[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<long[]> rangesOf(LocalDate date) {
        return resolved.computeIfAbsent(date, d -> {
            List<long[]> ranges = new ArrayList<>();
            if (!calendar.holidays().contains(d)) {
                for (WorkingRange range : calendar.week().getOrDefault(d.getDayOfWeek(), List.of())) {
                    ranges.add(new long[] {resolve(d, range.startSecond()), resolve(d, range.endSecond())});
                }
            }
            return ranges;
        });
    }

    private long resolve(LocalDate date, int secondOfDay) {
        // plusSeconds(86_400) turns 24:00 into 00:00 of the next day, which atZone then resolves like any time.
        long epochSecond = date.atStartOfDay().plusSeconds(secondOfDay).atZone(calendar.zone()).toEpochSecond();
        if (epochSecond % MINUTE_SECONDS != 0) {
            throw new IllegalStateException(date + " +" + secondOfDay + "s in " + calendar.zone()
                    + " is not a whole minute; minute stepping would not be exact");
        }
        return epochSecond;
    }
}
