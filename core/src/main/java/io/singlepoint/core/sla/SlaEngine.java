package io.singlepoint.core.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes where an issue stands with an SLA: a pure function of the definition, the issue's timeline and "now",
 * following DESIGN.md's SLA semantics (see the {@linkplain io.singlepoint.core.sla package documentation}).
 *
 * <p>Every issue gets one result per SLA, {@link SlaState#NOT_STARTED} included. Thread-safe; it holds no state.
 * The walk reads the timeline's prepared events and measures working time with one forward-moving calendar cursor,
 * so that an evaluation costs little more than visiting each event once (see the README's performance figures).
 */
public final class SlaEngine {

    private static final long NONE = BusinessCalendar.NEVER;

    private SlaEngine() {
    }

    /** One result per SLA of the configuration, in the configuration's order. */
    public static List<SlaResult> evaluate(SlaConfig config, IssueTimeline timeline, Instant now) {
        int events = timeline.eventsUpTo(now);
        List<SlaResult> results = new ArrayList<>(config.slas().size());
        for (SlaDefinition sla : config.slas()) {
            results.add(evaluate(sla, timeline, events, now.toEpochMilli()));
        }
        return results;
    }

    public static SlaResult evaluate(SlaDefinition sla, IssueTimeline timeline, Instant now) {
        return evaluate(sla, timeline, timeline.eventsUpTo(now), now.toEpochMilli());
    }

    private static SlaResult evaluate(SlaDefinition sla, IssueTimeline timeline, int events, long now) {
        Goal goal = sla.goalOrNull(timeline.fields());
        BusinessCalendar calendar = goal == null ? BusinessCalendar.ALWAYS : goal.calendar();
        Long target = goal == null ? null : goal.targetMillis();
        Walk walk = new Walk(calendar, target == null ? NONE : target, target);
        int[] roles = roles(sla, timeline);
        for (int i = 0; i < events; i++) {
            long at = timeline.time(i);
            int role = roles[timeline.status(i)];
            if ((role & STOP) != 0) {
                walk.stop(at);
            } else if (!walk.running) {
                if ((i == 0 && sla.startOnCreate()) || (role & START) != 0) {
                    walk.start(at, (role & PAUSE) != 0);
                }
            } else {
                walk.pause(at, (role & PAUSE) != 0);
            }
        }
        SlaState state = walk.finish(now);
        return new SlaResult(timeline.key(), sla.id(), state, walk.cycles());
    }

    private static final int STOP = 1;
    private static final int START = 2;
    private static final int PAUSE = 4;

    /**
     * What each distinct status of the timeline means to the SLA, as {@link #STOP} | {@link #START} | {@link #PAUSE}:
     * a timeline has fewer distinct statuses than events, and a lookup per event branches less than three searches.
     */
    private static int[] roles(SlaDefinition sla, IssueTimeline timeline) {
        int[] roles = new int[timeline.statusCount()];
        for (int status = 0; status < roles.length; status++) {
            String key = timeline.statusKey(status);
            roles[status] = (sla.stop().containsKey(key) ? STOP : 0)
                    | (sla.start().containsKey(key) ? START : 0)
                    | (sla.pause().containsKey(key) ? PAUSE : 0);
        }
        return roles;
    }

    /** The walk through one timeline for one SLA: the running cycle, if any, and the cycles already closed. */
    private static final class Walk {
        private final BusinessCalendar calendar;
        private final long target;
        private final Long boxedTarget;
        private BusinessCalendar.Cursor cursor;
        private boolean running;
        private boolean paused;
        private long start;
        private long last;
        private long elapsed;
        private long pausedTime;
        private long breachAt;
        private Cycle first;
        private List<Cycle> more;

        Walk(BusinessCalendar calendar, long target, Long boxedTarget) {
            this.calendar = calendar;
            this.target = target;
            this.boxedTarget = boxedTarget;
        }

        void start(long at, boolean pausedAtStart) {
            if (calendar.isAlways()) {
                // Working time is wall time: no cursor needed.
            } else if (cursor == null) {
                cursor = calendar.cursor(at);
            } else {
                cursor.advanceTo(at); // past the time between cycles, which no cycle measures
            }
            running = true;
            paused = pausedAtStart;
            start = at;
            last = at;
            elapsed = 0;
            pausedTime = 0;
            breachAt = NONE;
        }

        /**
         * The running cycle is paused or not from {@code at} on. Working time adds up, so the interval since the last
         * change is measured only now that the state changes: events that change nothing cost nothing.
         */
        void pause(long at, boolean pausedFromNowOn) {
            if (pausedFromNowOn != paused) {
                advanceTo(at);
                paused = pausedFromNowOn;
            }
        }

        /** Measures {@code [last, to)} of the running cycle: paused time while paused, else elapsed time. */
        private void advanceTo(long to) {
            long working = cursor == null ? Math.max(0, to - last) : cursor.advanceTo(to);
            if (paused) {
                pausedTime += working;
            } else {
                if (target != NONE && breachAt == NONE && elapsed + working >= target) {
                    breachAt = cursor == null ? last + target - elapsed : cursor.reachedSince(last, target - elapsed);
                }
                elapsed += working;
            }
            last = to;
        }

        void stop(long at) {
            if (running) {
                advanceTo(at);
                close(Instant.ofEpochMilli(at));
                running = false;
            }
        }

        /** Measures the running cycle up to "now" and says where the SLA stands. */
        SlaState finish(long now) {
            if (!running) {
                return first == null ? SlaState.NOT_STARTED : SlaState.COMPLETED;
            }
            advanceTo(now);
            if (!paused && target != NONE && breachAt == NONE) {
                breachAt = cursor == null ? now + target - elapsed : cursor.reachedAfter(target - elapsed);
            }
            close(null);
            return paused ? SlaState.PAUSED : SlaState.RUNNING;
        }

        private void close(Instant stop) {
            Cycle cycle = new Cycle(Instant.ofEpochMilli(start), stop, elapsed, pausedTime, boxedTarget,
                    target != NONE && elapsed > target, breachAt == NONE ? null : Instant.ofEpochMilli(breachAt));
            if (first == null) {
                first = cycle;
            } else {
                if (more == null) {
                    more = new ArrayList<>(4);
                    more.add(first);
                }
                more.add(cycle);
            }
        }

        List<Cycle> cycles() {
            return more != null ? more : first != null ? List.of(first) : List.of();
        }
    }
}
