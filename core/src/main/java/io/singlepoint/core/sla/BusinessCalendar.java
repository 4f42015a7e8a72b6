package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * When work happens: a time zone, working ranges per day of the week, and holidays.
 *
 * <p>Working time is real elapsed time inside working ranges. A range of a local date begins and ends at the instants
 * java.time resolves its local times to in {@link #zone()}: a time in a DST gap moves forward by the gap's length, one
 * in an overlap takes the earlier offset; {@code 24:00} is the start of the next day. A range whose end resolves
 * before its start (both sides of a gap) is empty; ranges that overlap once resolved count once. Days not in the
 * week do not work, nor do holidays, which are whole local dates. All intervals are half-open, {@code [from, to)}.
 *
 * <p>{@link #ALWAYS} ({@code 24x7}) works all the time. Instances are immutable and safe to share between threads;
 * each keeps a lazily built index of its working intervals so that a measurement costs one or two array reads.
 */
public final class BusinessCalendar {

    /** The id of {@link #ALWAYS}; no configured calendar may use it. */
    public static final String ALWAYS_ID = "24x7";

    /** All time is working time. */
    public static final BusinessCalendar ALWAYS = new BusinessCalendar(ALWAYS_ID, ZoneOffset.UTC,
            allWeek(new WorkingRange(0, WorkingRange.DAY)), Set.of(), true);

    /** {@link #addWorkingMillis} found no such instant before the search horizon. */
    public static final long NEVER = Long.MIN_VALUE;

    /** Index chunks are this many milliseconds long (about 398 days), aligned on the epoch. */
    static final int CHUNK_SHIFT = 35;
    static final long CHUNK = 1L << CHUNK_SHIFT;
    /** Cached chunks cover 1990 to about 2268; others are built on every use. */
    private static final long FIRST_CACHED_CHUNK = 631_152_000_000L >> CHUNK_SHIFT;
    private static final int CACHED_CHUNKS = 256;
    /** {@link #addWorkingMillis} gives up after this many chunks (about 1,000 years) without enough work. */
    private static final int HORIZON_CHUNKS = 920;

    private final String id;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingRange>> week;
    private final Set<LocalDate> holidays;
    private final boolean always;
    private final AtomicReferenceArray<CalendarChunk> chunks = new AtomicReferenceArray<>(CACHED_CHUNKS);
    /** The last chunk built outside the cached years; a benign race, as any built chunk is correct. */
    private volatile FarChunk lastFarChunk;

    private record FarChunk(long index, CalendarChunk chunk) {
    }

    private BusinessCalendar(String id, ZoneId zone, Map<DayOfWeek, List<WorkingRange>> week,
                             Set<LocalDate> holidays, boolean always) {
        this.id = id;
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
        this.always = always;
    }

    /**
     * A calendar with the given working ranges per day; days not in {@code week} do not work.
     *
     * @throws IllegalArgumentException if the id is blank or {@code 24x7}, the ranges of a day overlap, or no day
     *                                  has a working range (a calendar that never works)
     */
    public static BusinessCalendar of(String id, ZoneId zone, Map<DayOfWeek, List<WorkingRange>> week,
                                      Set<LocalDate> holidays) {
        requireNonNull(id, "id");
        requireNonNull(zone, "zone");
        requireNonNull(week, "week");
        requireNonNull(holidays, "holidays");
        if (id.isBlank() || id.equals(ALWAYS_ID)) {
            throw new IllegalArgumentException("a calendar needs an id other than \"" + ALWAYS_ID + "\", not \""
                    + id + "\"");
        }
        Map<DayOfWeek, List<WorkingRange>> days = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, ranges) -> {
            List<WorkingRange> sorted = ranges.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new IllegalArgumentException("calendar \"" + id + "\": on " + day + " the working ranges "
                            + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
                }
            }
            if (!sorted.isEmpty()) {
                days.put(day, sorted);
            }
        });
        if (days.isEmpty()) {
            throw new IllegalArgumentException("calendar \"" + id + "\" never works: it has no working range on any day");
        }
        return new BusinessCalendar(id, zone, Collections.unmodifiableMap(days),
                Collections.unmodifiableSet(new TreeSet<>(holidays)), false);
    }

    public String id() {
        return id;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Working ranges per day of the week, sorted; days that do not work are absent. */
    public Map<DayOfWeek, List<WorkingRange>> week() {
        return week;
    }

    /** Local dates that do not work, sorted. */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    public boolean isAlways() {
        return always;
    }

    /** Working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration workingTime(Instant from, Instant to) {
        return Duration.ofMillis(workingMillis(from.toEpochMilli(), to.toEpochMilli()));
    }

    /**
     * The earliest instant {@code t >= start} with {@code workingTime(start, t)} equal to {@code amount}.
     *
     * @return empty if the calendar does not work that much within about a thousand years
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public Optional<Instant> addWorking(Instant start, Duration amount) {
        long at = addWorkingMillis(start.toEpochMilli(), amount.toMillis());
        return at == NEVER ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
    }

    /** {@link #workingTime} in epoch milliseconds. */
    public long workingMillis(long from, long to) {
        if (to <= from) {
            return 0;
        }
        if (always) {
            return to - from;
        }
        long first = from >> CHUNK_SHIFT;
        long last = (to - 1) >> CHUNK_SHIFT;
        CalendarChunk chunk = chunk(first);
        if (first == last) {
            return chunk.workingBefore(to) - chunk.workingBefore(from);
        }
        long total = chunk.total() - chunk.workingBefore(from);
        for (long k = first + 1; k < last; k++) {
            total += chunk(k).total();
        }
        return total + chunk(last).workingBefore(to);
    }

    /** {@link #addWorking} in epoch milliseconds; {@link #NEVER} when there is no such instant. */
    public long addWorkingMillis(long start, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("cannot add negative working time: " + amount + " ms");
        }
        if (always) {
            return start + amount;
        }
        long k = start >> CHUNK_SHIFT;
        long remaining = amount;
        long from = start;
        for (int step = 0; step < HORIZON_CHUNKS; step++, k++) {
            CalendarChunk chunk = chunk(k);
            long before = chunk.workingBefore(from);
            long available = chunk.total() - before;
            if (remaining == 0) {
                return from;
            }
            if (available >= remaining) {
                return chunk.instantAt(before + remaining);
            }
            remaining -= available;
            from = (k + 1) * CHUNK;
        }
        return NEVER;
    }

    /**
     * The working time from the timeline's first event to each of its first {@code events} events and then to
     * {@code now}: {@code offsets[i]} for event {@code i}, {@code offsets[events]} for now. Working time between two
     * of them is then one subtraction. All lookups happen in one tight loop, where they do not wait for one another,
     * instead of one at a time between the branches of the SLA rules. Requires {@code events > 0} and
     * {@code now} not before the last of those events.
     */
    long[] workingOffsets(IssueTimeline timeline, int events, long now) {
        long[] offsets = new long[events + 1];
        long first = timeline.time(0);
        if (always) {
            for (int i = 0; i < events; i++) {
                offsets[i] = timeline.time(i) - first;
            }
            offsets[events] = now - first;
            return offsets;
        }
        long k = first >> CHUNK_SHIFT;
        CalendarChunk chunk = chunk(k);
        long base = -chunk.workingBefore(first); // working time from the chunk's start to the first event
        for (int i = 0; i < events; i++) { // "now" after the loop, not a test at every event
            long t = timeline.time(i);
            for (long kt = t >> CHUNK_SHIFT; k < kt; ) {
                base += chunk.total();
                chunk = chunk(++k);
            }
            offsets[i] = base + chunk.workingBefore(t);
        }
        for (long kt = now >> CHUNK_SHIFT; k < kt; ) {
            base += chunk.total();
            chunk = chunk(++k);
        }
        offsets[events] = base + chunk.workingBefore(now);
        return offsets;
    }

    private CalendarChunk chunk(long k) {
        long slot = k - FIRST_CACHED_CHUNK;
        if (slot < 0 || slot >= CACHED_CHUNKS) {
            // Outside the cached years (an export with absurd dates): keep the last one built, so that the events of
            // one issue, usually close together, do not rebuild it for every measurement.
            FarChunk far = lastFarChunk;
            if (far == null || far.index != k) {
                far = new FarChunk(k, build(k));
                lastFarChunk = far;
            }
            return far.chunk;
        }
        CalendarChunk cached = chunks.get((int) slot);
        if (cached == null) {
            // Two threads may build the same chunk; both results are equal, so either may win.
            cached = build(k);
            chunks.compareAndSet((int) slot, null, cached);
        }
        return cached;
    }

    private CalendarChunk build(long k) {
        long start = k * CHUNK;
        long end = start + CHUNK;
        LocalDate day = Instant.ofEpochMilli(start).atZone(zone).toLocalDate().minusDays(1);
        LocalDate lastDay = Instant.ofEpochMilli(end).atZone(zone).toLocalDate().plusDays(1);
        List<long[]> intervals = new ArrayList<>();
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (WorkingRange range : week.getOrDefault(day.getDayOfWeek(), List.of())) {
                long from = instant(day, range.startSecond());
                long to = instant(day, range.endSecond());
                if (to > from) {
                    intervals.add(new long[] {from, to});
                }
            }
        }
        return CalendarChunk.of(start, end, intervals);
    }

    private long instant(LocalDate day, int secondOfDay) {
        // LocalDateTime.atZone is ZonedDateTime.of: forward by the gap's length, earlier offset in an overlap.
        // 24:00 is midnight of the next day by the same rule (not atStartOfDay, which stops at the gap's end).
        LocalDate date = secondOfDay == WorkingRange.DAY ? day.plusDays(1) : day;
        int second = secondOfDay % WorkingRange.DAY;
        return date.atTime(second / 3600, second / 60 % 60, second % 60).atZone(zone).toInstant().toEpochMilli();
    }

    private static Map<DayOfWeek, List<WorkingRange>> allWeek(WorkingRange range) {
        Map<DayOfWeek, List<WorkingRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(range));
        }
        return Collections.unmodifiableMap(week);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar that && id.equals(that.id) && zone.equals(that.zone)
                && week.equals(that.week) && holidays.equals(that.holidays) && always == that.always;
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + zone.hashCode();
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + id + ", " + zone + ", " + week + ", " + holidays.size() + " holidays]";
    }
}
