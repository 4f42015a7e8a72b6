package io.singlepoint.core.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes where an issue stands with an SLA: a pure function of the definition, the issue's timeline and "now",
 * following DESIGN.md's SLA semantics (see the {@linkplain io.singlepoint.core.sla package documentation}).
 *
 * <p>Every issue gets one result per SLA, {@link SlaState#NOT_STARTED} included. Thread-safe; it holds no state.
 * The walk reads the timeline's prepared events and the working time the calendar puts at each of them, looked up
 * for all events at once, so that an evaluation costs little more than visiting each event once (see the README's
 * performance figures).
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

    /**
     * One walk through the events over the working time the calendar puts at each of them, then the interval up to
     * "now" for a cycle still open. The state lives in local variables, not in a helper object: how fast an evaluation
     * is then does not depend on whether the JIT compiler manages to remove such an object, which it did in some runs
     * and not in others. "Now" is not one more turn of the loop: asking at every event whether it is "now" cost a
     * tenth of the evaluation.
     */
    private static SlaResult evaluate(SlaDefinition sla, IssueTimeline timeline, int events, long now) {
        if (events == 0) {
            return new SlaResult(timeline.key(), sla.id(), SlaState.NOT_STARTED, List.of());
        }
        Goal goal = sla.goalOrNull(timeline.fields());
        BusinessCalendar calendar = goal == null ? BusinessCalendar.ALWAYS : goal.calendar();
        long target = goal == null ? NONE : goal.target().toMillis();
        long reach = goal == null ? Long.MAX_VALUE : target; // no cycle reaches it without a goal
        Long boxedTarget = goal == null ? null : target;
        long[] offsets = calendar.workingOffsets(timeline, events, now);
        StatusSet stop = sla.stop();
        StatusSet start = sla.start();
        StatusSet pause = sla.pause();
        boolean running = false;
        boolean paused = false;
        long cycleStart = 0;
        long last = 0;
        long lastOffset = 0;
        long elapsed = 0;
        long pausedTime = 0;
        long breachAt = NONE;
        Cycle first = null;
        Cycle second = null;
        List<Cycle> more = null;
        for (int i = 0; i < events; i++) {
            long at = timeline.time(i);
            int status = timeline.status(i);
            if (running) {
                // The interval since the last event, in the state the cycle was in. Measured at every event, even
                // one that changes nothing: it is one subtraction, cheaper than a branch that guesses wrong.
                long working = offsets[i] - lastOffset;
                long ran = paused ? 0 : working;
                pausedTime += working - ran;
                // Non-short-circuit: one branch, taken at most once per cycle.
                if (breachAt == NONE & elapsed + ran >= reach) {
                    breachAt = calendar.addWorkingMillis(last, target - elapsed);
                }
                elapsed += ran;
                last = at;
                lastOffset = offsets[i];
                if (!stop.containsId(status)) {
                    paused = pause.containsId(status);
                    continue;
                }
                Cycle cycle = new Cycle(cycleStart, at, elapsed, pausedTime, boxedTarget, elapsed > reach, breachAt);
                if (first == null) {
                    first = cycle;
                } else if (second == null) {
                    second = cycle;
                } else {
                    if (more == null) {
                        more = new ArrayList<>(4);
                        more.add(first);
                        more.add(second);
                    }
                    more.add(cycle);
                }
                running = false;
            } else if ((i == 0 && sla.startOnCreate() || start.containsId(status)) && !stop.containsId(status)) {
                running = true;
                paused = pause.containsId(status);
                cycleStart = at;
                last = at;
                lastOffset = offsets[i];
                elapsed = 0;
                pausedTime = 0;
                breachAt = NONE;
            }
        }
        Cycle open = null;
        if (running) { // measured up to now
            long working = offsets[events] - lastOffset;
            long ran = paused ? 0 : working;
            pausedTime += working - ran;
            if (breachAt == NONE && elapsed + ran >= reach) {
                breachAt = calendar.addWorkingMillis(last, target - elapsed);
            }
            elapsed += ran;
            if (breachAt == NONE && !paused && target != NONE) {
                breachAt = calendar.addWorkingMillis(now, target - elapsed);
            }
            open = new Cycle(cycleStart, NONE, elapsed, pausedTime, boxedTarget, elapsed > reach, breachAt);
        }
        SlaState state = running ? paused ? SlaState.PAUSED : SlaState.RUNNING
                : first == null ? SlaState.NOT_STARTED : SlaState.COMPLETED;
        return new SlaResult(timeline.key(), sla.id(), state, cycles(first, second, more, open));
    }

    /**
     * The cycles in order as an immutable list, which {@link SlaResult} keeps as it is instead of copying: the first
     * two stopped ones, any further ones (then in {@code more}, which holds the first two as well) and the open one.
     */
    private static List<Cycle> cycles(Cycle first, Cycle second, List<Cycle> more, Cycle open) {
        if (more != null) {
            if (open != null) {
                more.add(open);
            }
            return List.copyOf(more);
        }
        if (first == null) {
            return open == null ? List.of() : List.of(open);
        }
        if (second == null) {
            return open == null ? List.of(first) : List.of(first, open);
        }
        return open == null ? List.of(first, second) : List.of(first, second, open);
    }
}
