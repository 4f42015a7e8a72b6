package io.singlepoint.jira.sla.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A recalculation of many issues in the background.
 *
 * @param id            its number
 * @param jql           the JQL query whose issues it recalculates
 * @param configVersion the configuration version it computes under
 * @param status        where it is
 * @param total         how many issues the query found; 0 until it runs
 * @param done          how many are computed
 * @param authorKey     who asked for it
 * @param createdAt     when
 * @param finishedAt    when it finished, if it did
 * @param message       why it failed, or an empty string
 */
public record RecalcTask(int id, String jql, int configVersion, Status status, int total, int done, String authorKey,
                         Instant createdAt, Instant finishedAt, String message) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public RecalcTask {
        requireNonNull(jql, "jql");
        requireNonNull(status, "status");
        requireNonNull(createdAt, "createdAt");
        message = message == null ? "" : message;
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
