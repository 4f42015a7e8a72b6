package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One cycle of an SLA on an issue, exactly the cycle object of DESIGN.md's SLA result.
 *
 * @param start         when the cycle started
 * @param stop          when it stopped; {@code null} while it runs
 * @param elapsedMillis working time during which it ran and was not paused (up to "now" while it runs)
 * @param pausedMillis  working time during which it was paused
 * @param targetMillis  the goal's target; {@code null} when no goal applies
 * @param breached      {@code elapsedMillis > targetMillis}
 * @param breachAt      the earliest instant at which {@code elapsedMillis} reached the target, from the history or,
 *                      for a cycle running unpaused at "now", projected; {@code null} when not reached and stopped
 *                      or paused, or without a target
 */
public record Cycle(Instant start, Instant stop, long elapsedMillis, long pausedMillis, Long targetMillis,
                    boolean breached, Instant breachAt) {

    public Cycle {
        requireNonNull(start, "start");
        if (elapsedMillis < 0 || pausedMillis < 0) {
            throw new IllegalArgumentException("durations of a cycle are not negative: elapsed " + elapsedMillis
                    + " ms, paused " + pausedMillis + " ms");
        }
        if (breached != (targetMillis != null && elapsedMillis > targetMillis)) {
            throw new IllegalArgumentException("breached is elapsed > target: " + breached + " for elapsed "
                    + elapsedMillis + " ms and target " + targetMillis + " ms");
        }
        if (stop != null && stop.isBefore(start)) {
            throw new IllegalArgumentException("a cycle stops after it starts: " + start + " to " + stop);
        }
    }

    public boolean isRunning() {
        return stop == null;
    }

    /** {@link #stop()}, or {@code now} while the cycle runs. */
    public Instant stopOr(Instant now) {
        return stop == null ? now : stop;
    }
}
