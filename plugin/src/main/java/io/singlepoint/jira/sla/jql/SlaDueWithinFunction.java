package io.singlepoint.jira.sla.jql;

import jakarta.inject.Inject;

/**
 * {@code <jql-function>} {@code issue in slaDueWithin("ttr", "4h")}:
 * the issues whose running SLA breaches within 4 hours of real time.
 */
public final class SlaDueWithinFunction extends SlaJqlFunction {

    @Inject
    public SlaDueWithinFunction(SlaSearches searches) {
        super(searches, SlaFunction.DUE_WITHIN);
    }
}
