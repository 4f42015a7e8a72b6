package io.singlepoint.core.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * One cycle of an SLA on an issue, exactly the cycle object of DESIGN.md's SLA result: when it started and stopped,
 * the working time it ran and was paused, its target, whether it is breached and when the target was or will be
 * reached.
 *
 * <p>A value with the accessors a record would have. It keeps its instants as epoch milliseconds, because the engine
 * makes one or two cycles per issue and SLA and most readers look at one or two of their instants.
 */
public final class Cycle {

    private static final long NONE = Long.MIN_VALUE;

    private final long start;
    private final long stop;
    private final long elapsedMillis;
    private final long pausedMillis;
    private final Long targetMillis;
    private final boolean breached;
    private final long breachAt;

    /**
     * @param start         when the cycle started
     * @param stop          when it stopped; {@code null} while it runs
     * @param elapsedMillis working time during which it ran and was not paused (up to "now" while it runs)
     * @param pausedMillis  working time during which it was paused
     * @param targetMillis  the goal's target; {@code null} when no goal applies
     * @param breached      {@code elapsedMillis > targetMillis}
     * @param breachAt      the earliest instant at which {@code elapsedMillis} reached the target, from the history
     *                      or, for a cycle running unpaused at "now", projected; {@code null} when not reached and
     *                      stopped or paused, or without a target
     * @throws IllegalArgumentException for negative durations, a {@code breached} that contradicts the durations, a
     *                                  stop before the start, or instants beyond epoch milliseconds
     */
    public Cycle(Instant start, Instant stop, long elapsedMillis, long pausedMillis, Long targetMillis,
                 boolean breached, Instant breachAt) {
        this(millis(Objects.requireNonNull(start, "start")), millis(stop), elapsedMillis, pausedMillis,
                targetMillis, breached, millis(breachAt));
        if (start.getNano() % 1_000_000 != 0 || stop != null && stop.getNano() % 1_000_000 != 0
                || breachAt != null && breachAt.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("the instants of a cycle are whole milliseconds: " + start + ", "
                    + stop + ", " + breachAt);
        }
    }

    /** The engine's form: epoch milliseconds, {@link Long#MIN_VALUE} for "none". */
    Cycle(long start, long stop, long elapsedMillis, long pausedMillis, Long targetMillis, boolean breached,
          long breachAt) {
        if (elapsedMillis < 0 || pausedMillis < 0) {
            throw new IllegalArgumentException("durations of a cycle are not negative: elapsed " + elapsedMillis
                    + " ms, paused " + pausedMillis + " ms");
        }
        if (breached != (targetMillis != null && elapsedMillis > targetMillis)) {
            throw new IllegalArgumentException("breached is elapsed > target: " + breached + " for elapsed "
                    + elapsedMillis + " ms and target " + targetMillis + " ms");
        }
        if (stop != NONE && stop < start) {
            throw new IllegalArgumentException("a cycle stops after it starts: " + Instant.ofEpochMilli(start)
                    + " to " + Instant.ofEpochMilli(stop));
        }
        this.start = start;
        this.stop = stop;
        this.elapsedMillis = elapsedMillis;
        this.pausedMillis = pausedMillis;
        this.targetMillis = targetMillis;
        this.breached = breached;
        this.breachAt = breachAt;
    }

    private static long millis(Instant instant) {
        try {
            return instant == null ? NONE : instant.toEpochMilli();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a cycle's instants are epoch milliseconds, not " + instant, e);
        }
    }

    private static Instant instant(long millis) {
        return millis == NONE ? null : Instant.ofEpochMilli(millis);
    }

    /** When the cycle started. */
    public Instant start() {
        return Instant.ofEpochMilli(start);
    }

    /** When it stopped; {@code null} while it runs. */
    public Instant stop() {
        return instant(stop);
    }

    public long elapsedMillis() {
        return elapsedMillis;
    }

    public long pausedMillis() {
        return pausedMillis;
    }

    /** The goal's target; {@code null} when no goal applies. */
    public Long targetMillis() {
        return targetMillis;
    }

    public boolean breached() {
        return breached;
    }

    /** When the target was or will be reached; {@code null} when not reached and stopped or paused, or no target. */
    public Instant breachAt() {
        return instant(breachAt);
    }

    public boolean isRunning() {
        return stop == NONE;
    }

    /** {@link #stop()}, or {@code now} while the cycle runs. */
    public Instant stopOr(Instant now) {
        return stop == NONE ? now : Instant.ofEpochMilli(stop);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cycle that && start == that.start && stop == that.stop
                && elapsedMillis == that.elapsedMillis && pausedMillis == that.pausedMillis
                && Objects.equals(targetMillis, that.targetMillis) && breached == that.breached
                && breachAt == that.breachAt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, stop, elapsedMillis, pausedMillis, targetMillis, breached, breachAt);
    }

    @Override
    public String toString() {
        return "Cycle[start=" + start() + ", stop=" + stop() + ", elapsedMillis=" + elapsedMillis + ", pausedMillis="
                + pausedMillis + ", targetMillis=" + targetMillis + ", breached=" + breached + ", breachAt="
                + breachAt() + "]";
    }
}
