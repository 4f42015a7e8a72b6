package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import io.singlepoint.core.Violation;

/** What a transition does about a notification: record an intent, or nothing, for a reason worth logging. */
public sealed interface Plan {

    /** Record this intent; its key makes a second recording of the same notification a no-op. */
    record Record(Intent intent) implements Plan {
        public Record {
            requireNonNull(intent, "intent");
        }
    }

    /**
     * Record nothing. Reasons ({@code singlepoint.notify.plan.skip.*}): {@code nodate} (field id) — the reminder's
     * date field is empty; {@code windowpassed} (field id, window start) — the window has already started.
     */
    record Skip(Violation reason) implements Plan {
        public Skip {
            requireNonNull(reason, "reason");
        }
    }
}
