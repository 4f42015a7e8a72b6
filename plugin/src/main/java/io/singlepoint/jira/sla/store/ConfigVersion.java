package io.singlepoint.jira.sla.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One saved version of the SLA configuration.
 *
 * @param number    1 for the first save, then one more each time
 * @param json      the configuration as saved
 * @param authorKey the user key of who saved it
 * @param savedAt   when
 * @param note      why, as the administrator wrote it; may be empty
 */
public record ConfigVersion(int number, String json, String authorKey, Instant savedAt, String note) {

    public ConfigVersion {
        requireNonNull(json, "json");
        requireNonNull(savedAt, "savedAt");
        note = note == null ? "" : note;
    }
}
