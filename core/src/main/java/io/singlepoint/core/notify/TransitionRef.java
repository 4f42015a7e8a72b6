package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Which occurrence of a transition recorded a notification: what makes a retried run of the same transition give the
 * same {@link IdempotencyKey}, and a later run of the same transition (the issue came back and went through it again)
 * a new one.
 *
 * <p>In Jira the best identity is the id of the change group that the transition wrote: Jira's "Update change history
 * for an issue and store the issue in the database" post-function puts it into the transient variables as
 * {@code changeGroup}, so a post-function ordered after it sees it ({@link #changeGroup}). A transition that changes
 * nothing writes none; then the workflow action's id and the issue's {@code updated} timestamp that the transition set
 * identify it ({@link #action}). An issue's creation happens once ({@link #CREATE}).
 *
 * @param occurrence the identity as written into keys: {@code create}, {@code c10400} or {@code a21.1782900000000}
 */
public record TransitionRef(String occurrence) {

    /** The creation: the create transition has no change group, and happens once per issue. */
    public static final TransitionRef CREATE = new TransitionRef("create");

    public TransitionRef {
        requireNonNull(occurrence, "occurrence");
        if (!occurrence.matches("create|c\\d{1,19}|a\\d{1,10}\\.-?\\d{1,19}")) {
            throw new IllegalArgumentException("\"" + EmailAddress.shown(occurrence) + "\" is not a transition"
                    + " occurrence (create, c<change group id> or a<action id>.<epoch millis>)");
        }
    }

    /** The change group (change history) that the transition wrote, by its id. */
    public static TransitionRef changeGroup(long id) {
        if (id < 0) {
            throw new IllegalArgumentException("a change group id is not negative, not " + id);
        }
        return new TransitionRef("c" + id);
    }

    /** A transition that wrote no change group: the workflow action and the instant it set as the updated. */
    public static TransitionRef action(int actionId, Instant updated) {
        if (actionId < 0) {
            throw new IllegalArgumentException("a workflow action id is not negative, not " + actionId);
        }
        return new TransitionRef("a" + actionId + "." + updated.toEpochMilli());
    }
}
