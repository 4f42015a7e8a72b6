package io.singlepoint.jira.sla.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * How long one run of the job may still work: until its deadline, or until the scheduler asks it to stop (the node
 * shuts down). Work left over waits for the next run, which continues where this one stopped.
 */
final class Budget {

    private final Clock clock;
    private final Instant deadline;
    private final BooleanSupplier cancelled;

    Budget(Clock clock, Duration length, BooleanSupplier cancelled) {
        this.clock = clock;
        this.deadline = clock.instant().plus(length);
        this.cancelled = cancelled;
    }

    boolean isSpent() {
        return cancelled.getAsBoolean() || !clock.instant().isBefore(deadline);
    }
}
