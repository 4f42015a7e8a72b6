package io.singlepoint.jira.sla.jql;

import jakarta.inject.Inject;

/**
 * {@code <jql-function>} {@code issue in slaRunning("ttr")}: the issues whose SLA clock runs, breached or not.
 */
public final class SlaRunningFunction extends SlaJqlFunction {

    @Inject
    public SlaRunningFunction(SlaSearches searches) {
        super(searches, SlaFunction.RUNNING);
    }
}
