package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an issue stands with one SLA, reduced to what searches ask: the state and the last cycle's breach. Stored per
 * issue and SLA when the SLA is computed, it stays true until the issue changes again, because a running clock's
 * {@code breachAt} is exact for as long as nothing happens: so "breached now" and "due within" are range questions
 * on {@code breachAt}, never a recomputation.
 *
 * @param state    of the last cycle, or {@link SlaState#NOT_STARTED}
 * @param breached whether the last cycle had breached when it was computed
 * @param breachAt the last cycle's {@link Cycle#breachAt()}; for a running cycle, the instant it breaches unless the
 *                 issue changes first
 * @param target   the last cycle's target; {@code null} without a goal
 */
public record SlaStanding(SlaState state, boolean breached, Instant breachAt, Long target) {

    public SlaStanding {
        requireNonNull(state, "state");
    }

    /** The standing of a computed result: its last cycle's. */
    public static SlaStanding of(SlaResult result) {
        if (result.cycles().isEmpty()) {
            return new SlaStanding(result.state(), false, null, null);
        }
        Cycle last = result.cycles().get(result.cycles().size() - 1);
        return new SlaStanding(result.state(), last.breached(), last.breachAt(), last.targetMillis());
    }

    /**
     * Whether the last cycle is breached at {@code now}: it was when computed, or it runs unpaused and its elapsed time
     * passed the target since (breached means elapsed {@code >} target, so strictly after {@code breachAt}).
     */
    public boolean breachedAt(Instant now) {
        return breached || state == SlaState.RUNNING && breachAt != null && now.isAfter(breachAt);
    }

    /**
     * Whether the clock runs and breaches within {@code window} of real time from {@code now}, not having breached
     * yet: {@code now <= breachAt <= now + window}.
     */
    public boolean dueWithin(Instant now, Duration window) {
        return state == SlaState.RUNNING && breachAt != null && !now.isAfter(breachAt)
                && !breachAt.isAfter(now.plus(window));
    }
}
