package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One status change of an issue. Names compare case-insensitively (DESIGN.md, "timeline").
 *
 * @param at   when the change happened
 * @param from the status left, {@code null} when the history does not say
 * @param to   the status entered
 */
public record StatusChange(Instant at, String from, String to) {

    public StatusChange {
        requireNonNull(at, "at");
        requireNonNull(to, "to");
    }
}
