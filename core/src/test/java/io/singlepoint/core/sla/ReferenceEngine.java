package io.singlepoint.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN.md's SLA semantics replayed step by step, to judge {@link SlaEngine} by. Written from DESIGN.md alone: it
 * walks from creation to "now" in steps of at most a minute that end at every minute boundary and every event, applies
 * the events where they happen, and lets each step's working time (a {@link ReferenceCalendar} minute works or does
 * not, throughout) count for the cycle that runs in it, as elapsed or as paused time. Slow and obvious on purpose.
 */
final class ReferenceEngine {

    private static final long MINUTE = 60_000;

    private ReferenceEngine() {
    }

    static SlaResult evaluate(SlaDefinition sla, IssueTimeline timeline, Instant now) {
        Goal goal = sla.goals().stream().filter(g -> holds(g.match(), timeline.fields())).findFirst().orElse(null);
        ReferenceCalendar calendar = new ReferenceCalendar(goal == null ? BusinessCalendar.ALWAYS : goal.calendar());
        Long target = goal == null ? null : goal.target().toMillis();

        List<Event> events = events(timeline, now);
        List<Run> runs = new ArrayList<>();
        String status = null;
        int next = 0;
        long end = now.toEpochMilli();
        for (long t = events.isEmpty() ? end : events.get(0).millis(); ; ) {
            // Events at t decide who the step from t belongs to.
            while (next < events.size() && events.get(next).millis() <= t) {
                Event event = events.get(next++);
                status = event.status();
                apply(sla, event, runs);
            }
            if (t >= end) {
                break;
            }
            long stepEnd = Math.min(Math.min((Math.floorDiv(t, MINUTE) + 1) * MINUTE, end),
                    next < events.size() ? events.get(next).millis() : end);
            Run run = running(runs);
            if (run != null && calendar.works(Math.floorDiv(t, MINUTE))) {
                long step = stepEnd - t;
                if (in(sla.pause(), status)) {
                    run.paused += step;
                } else {
                    if (target != null && run.breachAt == null && run.elapsed + step >= target) {
                        run.breachAt = Instant.ofEpochMilli(t + target - run.elapsed);
                    }
                    run.elapsed += step;
                }
            }
            t = stepEnd;
        }

        Run last = running(runs);
        boolean paused = last != null && in(sla.pause(), status);
        if (last != null && !paused && target != null && last.breachAt == null) {
            last.breachAt = calendar.addWorking(now, Duration.ofMillis(target - last.elapsed));
        }
        SlaState state = runs.isEmpty() ? SlaState.NOT_STARTED
                : last == null ? SlaState.COMPLETED
                : paused ? SlaState.PAUSED
                : SlaState.RUNNING;
        return new SlaResult(timeline.key(), sla.id(), state, runs.stream().map(run -> run.cycle(target)).toList());
    }

    /**
     * Creation in the initial status, then the changes in time order (same instant: input order), a change before
     * creation counting at creation; nothing after "now".
     */
    private static List<Event> events(IssueTimeline timeline, Instant now) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(timeline.created(), timeline.initialStatus(), true));
        timeline.changes().stream()
                .sorted(Comparator.comparing(StatusChange::at)) // stable: ties keep the input order
                .map(c -> new Event(c.at().isBefore(timeline.created()) ? timeline.created() : c.at(), c.to(), false))
                .forEachOrdered(events::add);
        return events.stream().filter(e -> !e.at().isAfter(now)).toList();
    }

    /**
     * Creation is the issue's first event into a status, its initial one, like any change: created in a start status
     * it starts a cycle even without {@code onCreate}, and created in a stop status it never does (stop wins).
     */
    private static void apply(SlaDefinition sla, Event event, List<Run> runs) {
        Run run = running(runs);
        boolean stops = in(sla.stop(), event.status());
        if (run != null && stops) {
            run.stop = event.at();
        } else if (run == null && !stops
                && (event.creation() && sla.startOnCreate() || in(sla.start(), event.status()))) {
            runs.add(new Run(event.at()));
        }
    }

    private static Run running(List<Run> runs) {
        return runs.isEmpty() || runs.get(runs.size() - 1).stop != null ? null : runs.get(runs.size() - 1);
    }

    private static boolean in(StatusSet set, String status) {
        return set.names().stream().anyMatch(name -> name.equalsIgnoreCase(status));
    }

    /** Every matched field has a value equal, ignoring case, to one of its accepted values; {} always holds. */
    private static boolean holds(Map<String, Set<String>> match, Map<String, List<String>> fields) {
        return match.entrySet().stream().allMatch(condition -> fields.getOrDefault(condition.getKey(), List.of())
                .stream().anyMatch(value -> condition.getValue().stream().anyMatch(value::equalsIgnoreCase)));
    }

    private record Event(Instant at, String status, boolean creation) {
        long millis() {
            return at.toEpochMilli();
        }
    }

    /** A cycle being replayed; elapsed and paused in working milliseconds. */
    private static final class Run {
        final Instant start;
        Instant stop;
        long elapsed;
        long paused;
        Instant breachAt;

        Run(Instant start) {
            this.start = start;
        }

        Cycle cycle(Long target) {
            return new Cycle(start, stop, elapsed, paused, target, target != null && elapsed > target, breachAt);
        }
    }
}
