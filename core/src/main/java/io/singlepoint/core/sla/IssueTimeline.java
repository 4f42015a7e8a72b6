package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the SLA engine knows of an issue: created at {@code created} in {@code initialStatus}, then its status changes
 * in time order (changes at the same instant keep the order they were given in), and the current values of the
 * fields that goals match on.
 *
 * <p>A change dated before {@code created} (clock skew in an import) counts as happening at {@code created}.
 *
 * <p>An immutable value. Built once and evaluated against every SLA of a configuration, it prepares on construction
 * what each evaluation needs: the events as epoch milliseconds and their statuses in the form SLA definitions
 * compare them in.
 */
public final class IssueTimeline {

    private final String key;
    private final Instant created;
    private final String initialStatus;
    private final List<StatusChange> changes;
    private final Map<String, List<String>> fields;
    /**
     * Creation, then each change, as pairs: the epoch milliseconds (never before creation, non-decreasing) and the
     * {@link StatusIds} number of the status entered. One array, so that an evaluation reads the events from a few
     * adjacent cache lines.
     */
    private final long[] events;

    /**
     * @param key           the issue key, e.g. {@code SD-12}
     * @param created       when the issue was created
     * @param initialStatus the status it was created in
     * @param changes       status changes in any order; sorted by {@link StatusChange#at()}, stably
     * @param fields        field id → current values as goals compare them (a field's name, else its value, else the
     *                      text itself; every element of an array)
     */
    public IssueTimeline(String key, Instant created, String initialStatus, List<StatusChange> changes,
                         Map<String, List<String>> fields) {
        this.key = requireNonNull(key, "key");
        this.created = requireNonNull(created, "created");
        this.initialStatus = requireNonNull(initialStatus, "initialStatus");
        this.changes = changes.stream().sorted(Comparator.comparing(StatusChange::at)).toList();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((field, values) -> copy.put(requireNonNull(field, "field"), List.copyOf(values)));
        this.fields = Collections.unmodifiableMap(copy);
        this.events = new long[2 * (this.changes.size() + 1)];
        long createdMillis = created.toEpochMilli();
        events[0] = createdMillis;
        events[1] = StatusIds.of(StatusSet.key(initialStatus));
        for (int i = 0; i < this.changes.size(); i++) {
            StatusChange change = this.changes.get(i);
            events[2 * i + 2] = Math.max(createdMillis, change.at().toEpochMilli());
            events[2 * i + 3] = StatusIds.of(StatusSet.key(change.to()));
        }
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

    public String key() {
        return key;
    }

    public Instant created() {
        return created;
    }

    public String initialStatus() {
        return initialStatus;
    }

    /** Status changes sorted by time; same-instant changes in the order they were given. */
    public List<StatusChange> changes() {
        return changes;
    }

    public Map<String, List<String>> fields() {
        return fields;
    }

    /** How many events (creation first) happened at or before {@code now}; later ones are ignored. */
    int eventsUpTo(Instant now) {
        long nowMillis = now.toEpochMilli();
        int length = events.length / 2;
        if (time(length - 1) < nowMillis) {
            return length; // the usual case: the whole history is before now
        }
        int count = 0;
        while (count < length && (time(count) < nowMillis || time(count) == nowMillis && !after(count, now))) {
            count++;
        }
        return count;
    }

    /** Whether event {@code index} happened after {@code now}, at full precision: milliseconds may tie. */
    private boolean after(int index, Instant now) {
        Instant at = index == 0 ? created : changes.get(index - 1).at();
        return (at.isAfter(created) ? at : created).isAfter(now);
    }

    long time(int index) {
        return events[2 * index];
    }

    /** The {@link StatusIds} number of the status entered by event {@code index}. */
    int status(int index) {
        return (int) events[2 * index + 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssueTimeline that && key.equals(that.key) && created.equals(that.created)
                && initialStatus.equals(that.initialStatus) && changes.equals(that.changes)
                && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, created, initialStatus, changes, fields);
    }

    @Override
    public String toString() {
        return "IssueTimeline[key=" + key + ", created=" + created + ", initialStatus=" + initialStatus
                + ", changes=" + changes + ", fields=" + fields + "]";
    }
}
