package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One SLA: when its cycles start, pause and stop, and the goals that give them a target.
 *
 * @param id            stable identifier, e.g. {@code ttr}
 * @param name          what people read, e.g. {@code Time to resolution}
 * @param startOnCreate whether creating the issue starts a cycle
 * @param start         entering one of these statuses starts a cycle when none runs
 * @param pause         a running cycle is paused while the issue is in one of these
 * @param stop          entering one of these stops the running cycle; it never starts one
 * @param goals         the first that matches the issue applies
 */
public record SlaDefinition(String id, String name, boolean startOnCreate, StatusSet start, StatusSet pause,
                            StatusSet stop, List<Goal> goals) {

    public SlaDefinition {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(start, "start");
        requireNonNull(pause, "pause");
        requireNonNull(stop, "stop");
        goals = List.copyOf(goals);
        if (id.isBlank()) {
            throw new IllegalArgumentException("an SLA needs an id");
        }
    }

    /** The goal of an issue with these field values: the first that matches, or none (no target, 24x7). */
    public Optional<Goal> goalFor(Map<String, List<String>> fields) {
        return Optional.ofNullable(goalOrNull(fields));
    }

    /** {@link #goalFor} without the Optional, for the engine's hot path. */
    Goal goalOrNull(Map<String, List<String>> fields) {
        for (int i = 0; i < goals.size(); i++) { // indexed: no iterator on the engine's hot path
            Goal goal = goals.get(i);
            if (goal.matches(fields)) {
                return goal;
            }
        }
        return null;
    }
}
