package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the sending job tries again after a mail server refused or could not be reached: one minute after the first
 * failure, then twice as long each time, at most an hour apart, and after {@value #MAX_ATTEMPTS} failed attempts not
 * at all (the intent then shows as failed in the log, with its last reason, until someone resends it). Ten attempts
 * span about four hours: an SMTP server down for a morning loses nothing, and a dead address does not retry for
 * ever. A reminder whose window starts before the next attempt is cancelled by {@link NotificationPlanner#review}
 * when that attempt comes, not here.
 */
public final class Backoff {

    /** After this many failed attempts the intent fails for good. */
    public static final int MAX_ATTEMPTS = 10;
    /** The wait after the first failure. */
    public static final Duration FIRST = Duration.ofMinutes(1);
    /** The longest wait between two attempts. */
    public static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {
    }

    /**
     * The next attempt after the {@code failedAttempts}-th failure, or empty if there is none.
     *
     * @param failedAttempts how many attempts have failed, this one included (1 or more)
     * @param now            when this one failed
     */
    public static Optional<Instant> next(int failedAttempts, Instant now) {
        requireNonNull(now, "now");
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt has failed, not " + failedAttempts);
        }
        if (failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        Duration wait = FIRST.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return Optional.of(now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait));
    }
}
