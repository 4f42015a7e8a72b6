package io.singlepoint.jira.notify.store;

import java.time.Instant;

/**
 * A row of the send log.
 *
 * @param id        the row's id
 * @param key       core's idempotency key
 * @param state     pending, sent, failed or cancelled
 * @param json      the intent as core stores it
 * @param nextAt    when the job looks at it next (its due instant, or the next attempt after a failure)
 * @param attempts  how many attempts have failed
 * @param reason    why the last attempt failed, or why it was cancelled; {@code null} otherwise
 * @param doneAt    when it was sent, failed for good or cancelled; {@code null} while pending
 * @param sent      how many people it was sent to
 * @param skipped   how many people the rules chose but it was not sent to
 * @param resends   how many times it was resent to everyone (its mails' Message-IDs change with it)
 */
public record StoredIntent(long id, String key, long issueId, String issueKey, String stage, State state, String json,
                           Instant recordedAt, Instant nextAt, int attempts, String reason, Instant doneAt, int sent,
                           int skipped, int resends) {

    /** Where an intent is in its life. */
    public enum State {
        PENDING, SENT, FAILED, CANCELLED
    }
}
