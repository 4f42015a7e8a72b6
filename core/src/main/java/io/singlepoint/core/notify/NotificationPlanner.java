package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

import io.singlepoint.core.Violation;

/**
 * When notifications happen: what a transition records, and what the sending job does with it later. A pure function
 * of the configuration, the issue's facts and "now".
 *
 * <p><b>Reminders.</b> A reminder is due the configured offset (24 hours by default) before the change window starts,
 * the window's start being the value of the configured date field. It stays wanted while the issue is in the stage's
 * statuses (configured, or the status the issue was in when the reminder was asked for) and the window has not
 * started:
 * <ul>
 *   <li>asked for when its due instant has passed but the window has not started: it is sent at once (a change
 *       approved 3 hours before its window still gets its reminder);</li>
 *   <li>asked for, or due, when the window has started: it is not sent — a reminder of something under way or done
 *       misleads;</li>
 *   <li>the date field changed: the reminder is {@linkplain Review.Replace replaced} by one due by the new date,
 *       with a new key; the date removed: cancelled;</li>
 *   <li>the issue left the statuses (cancelled, rejected, rolled back to planning): cancelled.</li>
 * </ul>
 * The job reviews a reminder when it is due; the plugin should also review an issue's pending reminders when the issue
 * is updated, so that a window moved earlier is honoured in time.
 */
public final class NotificationPlanner {

    private NotificationPlanner() {
    }

    /**
     * What a transition records.
     *
     * @param facts      the issue as the transition left it (its status is the one it moved into)
     * @param transition which occurrence of the transition this is
     * @param actorKey   the user key of who made the transition, or {@code null}
     * @param now        the transition's instant
     */
    public static Plan plan(NotificationConfig config, IssueFacts facts, TransitionRef transition, String actorKey,
                            Instant now) {
        requireNonNull(config, "config");
        requireNonNull(transition, "transition");
        requireNonNull(now, "now");
        if (config.stage() != Stage.REMINDER) {
            return new Plan.Record(new Intent(IdempotencyKey.of(facts.id(), config.stage(), transition,
                    config.fingerprint()), facts.id(), facts.key(), config.stage(), config, actorKey, now, now, null,
                    List.of()));
        }
        String field = config.reminderDateField();
        Instant windowStart = facts.date(field);
        if (windowStart == null) {
            return new Plan.Skip(Violation.of("singlepoint.notify.plan.skip.nodate", field));
        }
        if (!now.isBefore(windowStart)) {
            return new Plan.Skip(Violation.of("singlepoint.notify.plan.skip.windowpassed", field, windowStart));
        }
        List<String> statuses = config.reminder().statuses().isEmpty() ? List.of(facts.status())
                : config.reminder().statuses();
        return new Plan.Record(reminder(config, facts, actorKey, now, windowStart, statuses));
    }

    /**
     * What the sending job does with a pending intent.
     *
     * @param facts the issue as it is now
     */
    public static Review review(Intent intent, IssueFacts facts, Instant now) {
        requireNonNull(now, "now");
        if (intent.stage() != Stage.REMINDER) {
            return now.isBefore(intent.due()) ? new Review.Wait(intent.due()) : new Review.Send();
        }
        String field = intent.config().reminderDateField();
        Instant windowStart = facts.date(field);
        if (windowStart == null) {
            return new Review.Cancel(Violation.of("singlepoint.notify.review.cancel.nodate", field));
        }
        if (!isIn(facts.status(), intent.holdStatuses())) {
            return new Review.Cancel(Violation.of("singlepoint.notify.review.cancel.leftstage", facts.status()));
        }
        if (!now.isBefore(windowStart)) {
            return new Review.Cancel(Violation.of("singlepoint.notify.review.cancel.windowpassed", windowStart));
        }
        if (!windowStart.equals(intent.windowStart())) {
            return new Review.Replace(reminder(intent.config(), facts, intent.actorKey(), now, windowStart,
                    intent.holdStatuses()));
        }
        return now.isBefore(intent.due()) ? new Review.Wait(intent.due()) : new Review.Send();
    }

    private static Intent reminder(NotificationConfig config, IssueFacts facts, String actorKey, Instant now,
                                   Instant windowStart, List<String> statuses) {
        Instant due = windowStart.minus(config.reminder().before());
        return new Intent(IdempotencyKey.ofReminder(facts.id(), due, config.fingerprint()), facts.id(), facts.key(),
                Stage.REMINDER, config, actorKey, now, due, windowStart, statuses);
    }

    private static boolean isIn(String status, List<String> statuses) {
        return statuses.stream().anyMatch(s -> s.equalsIgnoreCase(status));
    }
}
