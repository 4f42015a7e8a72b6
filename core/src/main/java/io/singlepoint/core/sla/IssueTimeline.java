package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the SLA engine knows of an issue: created at {@code created} in {@code initialStatus}, then its status changes
 * in time order (changes at the same instant keep the order they were given in), and the current values of the
 * fields that goals match on.
 *
 * <p>A change dated before {@code created} (clock skew in an import) counts as happening at {@code created}.
 *
 * @param key           the issue key, e.g. {@code SD-12}
 * @param created       when the issue was created
 * @param initialStatus the status it was created in
 * @param changes       status changes, sorted by {@link StatusChange#at()} stably
 * @param fields        field id → current values as goals compare them (a field's name, else its value, else the
 *                      text itself; every element of an array)
 */
public record IssueTimeline(String key, Instant created, String initialStatus, List<StatusChange> changes,
                            Map<String, List<String>> fields) {

    public IssueTimeline {
        requireNonNull(key, "key");
        requireNonNull(created, "created");
        requireNonNull(initialStatus, "initialStatus");
        changes = changes.stream().sorted(Comparator.comparing(StatusChange::at)).toList();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((field, values) -> copy.put(requireNonNull(field, "field"), List.copyOf(values)));
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    /** A timeline without field values: only goals with an empty match apply. */
    public static IssueTimeline of(String key, Instant created, String initialStatus, List<StatusChange> changes) {
        return new IssueTimeline(key, created, initialStatus, changes, Map.of());
    }

    /**
     * A timeline from an issue's history as Jira records it: the initial status is the {@code from} of the earliest
     * status change, or the current status when the issue never changed status (DESIGN.md, "timeline").
     */
    public static IssueTimeline fromHistory(String key, Instant created, String currentStatus,
                                            List<StatusChange> changes, Map<String, List<String>> fields) {
        requireNonNull(currentStatus, "currentStatus");
        String initial = changes.stream()
                .min(Comparator.comparing(StatusChange::at))
                .map(StatusChange::from)
                .orElse(currentStatus);
        return new IssueTimeline(key, created, initial == null ? currentStatus : initial, changes, fields);
    }
}
