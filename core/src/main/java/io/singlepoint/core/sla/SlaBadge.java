package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What an agent sees of one SLA on an issue: the kind of lozenge, the working time left or by how much it is over,
 * the goal and its calendar, and the cycles.
 *
 * @param slaId      the SLA's id
 * @param name       its name
 * @param kind       how it stands now
 * @param remaining  working time left before the target, for a running or waiting cycle within it; else {@code null}
 * @param over       working time past the target, for a breached cycle; else {@code null}
 * @param target     the goal's target; {@code null} without a goal
 * @param calendarId the goal's calendar ({@code 24x7} without a goal)
 * @param cycles     every cycle, oldest first
 */
public record SlaBadge(String slaId, String name, Kind kind, Long remaining, Long over, Long target,
                       String calendarId, List<Cycle> cycles) {

    /** How an SLA stands, in the words an agent needs. */
    public enum Kind {
        /** No cycle has started. */
        NOT_STARTED,
        /** The clock runs within its target. */
        RUNNING,
        /** The clock is paused: the issue waits on the user. */
        WAITING,
        /** The last cycle stopped within its target. */
        MET,
        /** The last cycle is over its target, running or not. */
        BREACHED,
        /** The last cycle stopped and had no target. */
        STOPPED
    }

    public SlaBadge {
        requireNonNull(slaId, "slaId");
        requireNonNull(kind, "kind");
        cycles = List.copyOf(cycles);
    }

    /** The badge of a result computed at {@code now} for {@code issue}, whose fields chose the goal. */
    public static SlaBadge of(SlaDefinition sla, SlaResult result, IssueTimeline issue, Instant now) {
        Goal goal = sla.goalOrNull(issue.fields());
        String calendar = goal == null ? BusinessCalendar.ALWAYS_ID : goal.calendar().id();
        Long target = goal == null ? null : goal.targetMillis();
        if (result.cycles().isEmpty()) {
            return new SlaBadge(sla.id(), sla.name(), Kind.NOT_STARTED, null, null, target, calendar, List.of());
        }
        Cycle last = result.cycles().get(result.cycles().size() - 1);
        Long cycleTarget = last.targetMillis();
        if (SlaStanding.of(result).breachedAt(now)) {
            return new SlaBadge(sla.id(), sla.name(), Kind.BREACHED, null, last.elapsedMillis() - cycleTarget,
                    cycleTarget, calendar, result.cycles());
        }
        Long remaining = cycleTarget == null ? null : cycleTarget - last.elapsedMillis();
        Kind kind = switch (result.state()) {
            case RUNNING -> Kind.RUNNING;
            case PAUSED -> Kind.WAITING;
            default -> cycleTarget == null ? Kind.STOPPED : Kind.MET;
        };
        return new SlaBadge(sla.id(), sla.name(), kind, kind == Kind.MET || kind == Kind.STOPPED ? null : remaining,
                null, cycleTarget, calendar, result.cycles());
    }
}
