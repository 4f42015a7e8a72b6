package io.singlepoint.jira.sla.jql;

import jakarta.inject.Inject;

/**
 * {@code <jql-function>} {@code issue in slaWaitingOnAgent()}:
 * the issues whose requester answered while no transition hands them back.
 */
public final class SlaWaitingOnAgentFunction extends SlaJqlFunction {

    @Inject
    public SlaWaitingOnAgentFunction(SlaSearches searches) {
        super(searches, SlaFunction.WAITING_ON_AGENT);
    }
}
