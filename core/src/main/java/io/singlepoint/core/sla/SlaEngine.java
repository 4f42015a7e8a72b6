package io.singlepoint.core.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes where an issue stands with an SLA: a pure function of the definition, the issue's timeline and "now",
 * following DESIGN.md's SLA semantics (see the {@linkplain io.singlepoint.core.sla package documentation}).
 *
 * <p>Every issue gets one result per SLA, {@link SlaState#NOT_STARTED} included. Thread-safe; it holds no state.
 */
public final class SlaEngine {

    private static final long NONE = BusinessCalendar.NEVER;

    private SlaEngine() {
    }

    /** One result per SLA of the configuration, in the configuration's order. */
    public static List<SlaResult> evaluate(SlaConfig config, IssueTimeline timeline, Instant now) {
        Events events = Events.of(timeline, now);
        List<SlaResult> results = new ArrayList<>(config.slas().size());
        for (SlaDefinition sla : config.slas()) {
            results.add(evaluate(sla, timeline, events, now.toEpochMilli()));
        }
        return results;
    }

    public static SlaResult evaluate(SlaDefinition sla, IssueTimeline timeline, Instant now) {
        return evaluate(sla, timeline, Events.of(timeline, now), now.toEpochMilli());
    }

    private static SlaResult evaluate(SlaDefinition sla, IssueTimeline timeline, Events events, long now) {
        Goal goal = sla.goalFor(timeline.fields()).orElse(null);
        BusinessCalendar calendar = goal == null ? BusinessCalendar.ALWAYS : goal.calendar();
        long target = goal == null ? NONE : goal.target().toMillis();
        List<Cycle> cycles = new ArrayList<>(2);
        Clock clock = null;
        for (int i = 0; i < events.count; i++) {
            long at = events.times[i];
            String status = events.statuses[i];
            if (clock != null) {
                clock.advance(calendar, target, at);
            }
            if (sla.stop().containsNormalized(status)) {
                if (clock != null) {
                    cycles.add(clock.stopped(at, target));
                    clock = null;
                }
            } else if (clock == null) {
                if ((i == 0 && sla.startOnCreate()) || sla.start().containsNormalized(status)) {
                    clock = new Clock(at, sla.pause().containsNormalized(status));
                }
            } else {
                clock.paused = sla.pause().containsNormalized(status);
            }
        }
        if (clock == null) {
            return new SlaResult(timeline.key(), sla.id(), cycles.isEmpty() ? SlaState.NOT_STARTED : SlaState.COMPLETED,
                    cycles);
        }
        clock.advance(calendar, target, now);
        if (!clock.paused && target != NONE && clock.breachAt == NONE) {
            clock.breachAt = calendar.addWorkingMillis(now, target - clock.elapsed);
        }
        cycles.add(clock.running(target));
        return new SlaResult(timeline.key(), sla.id(), clock.paused ? SlaState.PAUSED : SlaState.RUNNING, cycles);
    }

    /** The timeline as parallel arrays, up to "now": times in epoch ms, never before creation; normalized statuses. */
    private record Events(long[] times, String[] statuses, int count) {

        static Events of(IssueTimeline timeline, Instant now) {
            int size = timeline.changes().size() + 1;
            long[] times = new long[size];
            String[] statuses = new String[size];
            if (timeline.created().isAfter(now)) {
                return new Events(times, statuses, 0);
            }
            long created = timeline.created().toEpochMilli();
            times[0] = created;
            statuses[0] = StatusSet.normalize(timeline.initialStatus());
            int count = 1;
            for (StatusChange change : timeline.changes()) {
                if (change.at().isAfter(now)) {
                    break;
                }
                times[count] = Math.max(created, change.at().toEpochMilli());
                statuses[count] = StatusSet.normalize(change.to());
                count++;
            }
            return new Events(times, statuses, count);
        }
    }

    /** The running cycle: what it has measured so far, on one calendar. */
    private static final class Clock {
        private final long start;
        private long last;
        private long elapsed;
        private long pausedTime;
        private long breachAt = NONE;
        private boolean paused;

        Clock(long start, boolean paused) {
            this.start = start;
            this.last = start;
            this.paused = paused;
        }

        /** Measures {@code [last, to)}: paused time while paused, elapsed time otherwise, noting when the target is reached. */
        void advance(BusinessCalendar calendar, long target, long to) {
            long working = calendar.workingMillis(last, to);
            if (paused) {
                pausedTime += working;
            } else {
                if (target != NONE && breachAt == NONE && elapsed + working >= target) {
                    breachAt = calendar.addWorkingMillis(last, target - elapsed);
                }
                elapsed += working;
            }
            last = to;
        }

        Cycle stopped(long stop, long target) {
            return cycle(Instant.ofEpochMilli(stop), target);
        }

        Cycle running(long target) {
            return cycle(null, target);
        }

        private Cycle cycle(Instant stop, long target) {
            boolean hasTarget = target != NONE;
            return new Cycle(Instant.ofEpochMilli(start), stop, elapsed, pausedTime,
                    hasTarget ? Long.valueOf(target) : null,
                    hasTarget && elapsed > target,
                    breachAt == NONE ? null : Instant.ofEpochMilli(breachAt));
        }
    }
}
