package io.singlepoint.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.singlepoint.core.sla.BusinessCalendar;
import io.singlepoint.core.sla.Goal;
import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.SlaDefinition;
import io.singlepoint.core.sla.StatusChange;
import io.singlepoint.core.sla.StatusSet;
import io.singlepoint.core.sla.WorkingRange;

/**
 * The SLA engine's workload of issue #4, the same on every run: generated timelines, DESIGN.md's time to resolution
 * on a Berlin office calendar with the holidays of 2026, and a fixed "now".
 *
 * <p>Each timeline is created in 2026 (between 1 January and 20 November, at any time of day) in "Open" and then has
 * exactly {@value #CHANGES} status changes, each 20 minutes to 4 days after the previous one (log-uniform, so as many
 * gaps of hours as of days), all before {@link #NOW}. The statuses follow a service desk's workflow: work starts,
 * waits on the user (the SLA pauses), resumes, is resolved (the cycle stops) and is sometimes reopened (a new cycle).
 * With {@link #SEED} and a 16-hour goal on {@link #berlinOffice()}, the 4,096 timelines of the benchmark have 1.8 cycles
 * each on average and 0.8 breached; at "now" 17% are completed, 37% paused and 45% running (their breach is projected).
 * Status names are the same string instances in every timeline, as a reader that interns them would give.
 */
final class SlaWorkload {

    /** Status changes per timeline. */
    static final int CHANGES = 10;
    /** After every generated event. */
    static final Instant NOW = Instant.parse("2026-12-31T12:00:00Z");
    static final long SEED = 4L;

    private static final Instant FIRST_CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final long CREATED_SPAN = Duration.ofDays(323).toMillis();
    private static final double SHORTEST_GAP = Duration.ofMinutes(20).toMillis();
    private static final double LONGEST_GAP = Duration.ofDays(4).toMillis();

    /** Where the issue can go from a status; a status listed twice is twice as likely. */
    private static final Map<String, List<String>> NEXT = Map.of(
            "Open", List.of("In Progress", "In Progress", "In Progress", "Info Requested"),
            "In Progress", List.of("Info Requested", "Info Requested", "Waiting User Response",
                    "Waiting User Response", "User Validation Required", "Resolved"),
            "Info Requested", List.of("In Progress", "In Progress", "In Progress", "Waiting User Response"),
            "Waiting User Response", List.of("In Progress"),
            "User Validation Required", List.of("Resolved", "Resolved", "In Progress"),
            "Resolved", List.of("Closed", "Closed", "Closed", "Reopened"),
            "Closed", List.of("Reopened"),
            "Reopened", List.of("In Progress", "In Progress", "Info Requested"));

    private SlaWorkload() {
    }

    /**
     * Europe/Berlin; Monday to Thursday 09:00-12:30 and 13:30-17:00, Friday 09:00-15:00; twelve holidays of 2026
     * (Berlin's public holidays, Christmas Eve and New Year's Eve).
     */
    static BusinessCalendar berlinOffice() {
        List<WorkingRange> day = List.of(WorkingRange.parse("09:00-12:30"), WorkingRange.parse("13:30-17:00"));
        Map<DayOfWeek, List<WorkingRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek weekday : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY)) {
            week.put(weekday, day);
        }
        week.put(DayOfWeek.FRIDAY, List.of(WorkingRange.parse("09:00-15:00")));
        Set<LocalDate> holidays = Stream.of("2026-01-01", "2026-03-08", "2026-04-03", "2026-04-06", "2026-05-01",
                "2026-05-14", "2026-05-25", "2026-10-03", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31")
                .map(LocalDate::parse).collect(Collectors.toSet());
        return BusinessCalendar.of("berlin-office", ZoneId.of("Europe/Berlin"), week, holidays);
    }

    /**
     * DESIGN.md's time to resolution: starts on create and on Reopened; pauses in Info Requested, Waiting User
     * Response and User Validation Required; stops in Resolved and Closed; one goal, {@code target} on
     * {@code calendar}, for every issue.
     */
    static SlaDefinition timeToResolution(Duration target, BusinessCalendar calendar) {
        return new SlaDefinition("ttr", "Time to resolution", true, StatusSet.of("Reopened"),
                StatusSet.of("Info Requested", "Waiting User Response", "User Validation Required"),
                StatusSet.of("Resolved", "Closed"),
                List.of(new Goal(Map.of(), target, calendar)));
    }

    /** {@code count} timelines generated from {@code seed}: the same seed gives the same timelines. */
    static IssueTimeline[] timelines(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IssueTimeline[] timelines = new IssueTimeline[count];
        for (int i = 0; i < count; i++) {
            timelines[i] = timeline("SD-" + (i + 1), random);
        }
        return timelines;
    }

    private static IssueTimeline timeline(String key, SplittableRandom random) {
        Instant created = FIRST_CREATED.plusMillis(random.nextLong(CREATED_SPAN));
        String status = "Open";
        Instant at = created;
        List<StatusChange> changes = new ArrayList<>(CHANGES);
        for (int i = 0; i < CHANGES; i++) {
            double gap = SHORTEST_GAP * Math.pow(LONGEST_GAP / SHORTEST_GAP, random.nextDouble());
            at = at.plusMillis((long) gap);
            List<String> next = NEXT.get(status);
            String to = next.get(random.nextInt(next.size()));
            changes.add(new StatusChange(at, status, to));
            status = to;
        }
        if (!at.isBefore(NOW)) {
            throw new IllegalStateException(key + " has a change at " + at + ", not before now " + NOW);
        }
        return IssueTimeline.of(key, created, "Open", changes);
    }
}
