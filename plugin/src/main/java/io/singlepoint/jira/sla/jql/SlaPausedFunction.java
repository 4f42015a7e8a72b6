package io.singlepoint.jira.sla.jql;

import jakarta.inject.Inject;

/**
 * {@code <jql-function>} {@code issue in slaPaused("ttr")}: the issues whose SLA waits on the user.
 */
public final class SlaPausedFunction extends SlaJqlFunction {

    @Inject
    public SlaPausedFunction(SlaSearches searches) {
        super(searches, SlaFunction.PAUSED);
    }
}
