package io.singlepoint.jira.sla.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A requester's reply to an issue that waited on them.
 *
 * @param id           its number
 * @param issueId      the issue
 * @param commentId    the comment that answered
 * @param status       the status the issue waited in
 * @param transitionId the transition to run; {@code null} when the issue is flagged for the agent instead
 * @param commenterKey who answered
 * @param repliedAt    when
 */
public record Reply(int id, long issueId, long commentId, String status, Integer transitionId, String commenterKey,
                    Instant repliedAt) {

    public Reply {
        requireNonNull(status, "status");
        requireNonNull(repliedAt, "repliedAt");
    }

    public boolean isFlag() {
        return transitionId == null;
    }
}
