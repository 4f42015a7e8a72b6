package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A target for the issues whose fields match: {@code target} working time on {@code calendar}.
 *
 * @param match    field id → accepted values; holds when, for every field, one of the values equals an
 *                 accepted value ignoring case. An empty match holds for every issue.
 * @param target   positive working time a cycle may take before it is breached
 * @param calendar the calendar that measures every cycle of an issue with this goal
 */
public record Goal(Map<String, Set<String>> match, Duration target, BusinessCalendar calendar) {

    public Goal {
        requireNonNull(target, "target");
        requireNonNull(calendar, "calendar");
        if (target.isNegative() || target.isZero() || target.toNanos() % 1_000_000 != 0) {
            throw new IllegalArgumentException("a goal's target is a positive number of milliseconds, not " + target);
        }
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        match.forEach((field, values) -> copy.put(requireNonNull(field, "field"), Set.copyOf(values)));
        match = java.util.Collections.unmodifiableMap(copy);
    }

    /** The target in milliseconds, as the result reports it. */
    public Long targetMillis() {
        return target.toMillis();
    }

    /** Whether this goal applies to an issue with these field values. */
    public boolean matches(Map<String, List<String>> fields) {
        if (match.isEmpty()) {
            return true;
        }
        for (Map.Entry<String, Set<String>> condition : match.entrySet()) {
            if (!anyAccepted(fields.getOrDefault(condition.getKey(), List.of()), condition.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyAccepted(List<String> values, Set<String> accepted) {
        for (String value : values) {
            for (String candidate : accepted) {
                if (candidate.equalsIgnoreCase(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
