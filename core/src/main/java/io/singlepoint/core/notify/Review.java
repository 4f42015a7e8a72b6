package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import io.singlepoint.core.Violation;

/** What the sending job does with a pending intent now. */
public sealed interface Review {

    /** Send it now. */
    record Send() implements Review {
    }

    /** Not yet: look again at {@code until}. */
    record Wait(Instant until) implements Review {
        public Wait {
            requireNonNull(until, "until");
        }
    }

    /**
     * Never send it, for a reason the log shows ({@code singlepoint.notify.review.cancel.*}): {@code nodate} (field id)
     * — the window's date was removed; {@code leftstage} (status) — the issue left the stage's statuses;
     * {@code windowpassed} (window start) — the window has started.
     */
    record Cancel(Violation reason) implements Review {
        public Cancel {
            requireNonNull(reason, "reason");
        }
    }

    /**
     * The change window moved: cancel this reminder and record {@code replacement} (due by the new window; its key
     * differs, so recording it again is a no-op).
     */
    record Replace(Intent replacement) implements Review {
        public Replace {
            requireNonNull(replacement, "replacement");
        }
    }
}
