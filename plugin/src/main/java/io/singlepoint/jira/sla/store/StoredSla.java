package io.singlepoint.jira.sla.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import io.singlepoint.core.sla.SlaResult;
import io.singlepoint.core.sla.SlaStanding;

/**
 * One issue's SLA as last computed under one configuration version.
 *
 * @param issueId       the issue's id
 * @param configVersion the configuration version it was computed under
 * @param result        the whole result, cycles included
 * @param computedAt    when it was computed
 */
public record StoredSla(long issueId, int configVersion, SlaResult result, Instant computedAt) {

    public StoredSla {
        requireNonNull(result, "result");
        requireNonNull(computedAt, "computedAt");
    }

    public String slaId() {
        return result.sla();
    }

    public SlaStanding standing() {
        return SlaStanding.of(result);
    }
}
