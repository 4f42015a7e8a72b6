package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where one issue stands with one SLA: DESIGN.md's SLA result.
 *
 * @param issue  the issue key
 * @param sla    the SLA id
 * @param state  of the last cycle, or {@link SlaState#NOT_STARTED}
 * @param cycles in the order they started; never overlapping
 */
public record SlaResult(String issue, String sla, SlaState state, List<Cycle> cycles) {

    public SlaResult {
        requireNonNull(issue, "issue");
        requireNonNull(sla, "sla");
        requireNonNull(state, "state");
        cycles = List.copyOf(cycles);
        if ((state == SlaState.NOT_STARTED) != cycles.isEmpty()) {
            throw new IllegalArgumentException("an SLA is NOT_STARTED exactly when it has no cycle: " + state
                    + " with " + cycles.size() + " cycles");
        }
    }
}
