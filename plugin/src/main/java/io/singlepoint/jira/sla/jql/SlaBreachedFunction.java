package io.singlepoint.jira.sla.jql;

import jakarta.inject.Inject;

/**
 * {@code <jql-function>} {@code issue in slaBreached("ttr")}: the issues whose SLA is breached now.
 */
public final class SlaBreachedFunction extends SlaJqlFunction {

    @Inject
    public SlaBreachedFunction(SlaSearches searches) {
        super(searches, SlaFunction.BREACHED);
    }
}
