package io.singlepoint.core.sla;

/** Where an issue stands with one SLA, as of "now". */
public enum SlaState {
    /** No cycle has started. */
    NOT_STARTED,
    /** The last cycle runs and is not paused. */
    RUNNING,
    /** The last cycle runs and is paused: the issue waits on the user. */
    PAUSED,
    /** The last cycle has stopped. */
    COMPLETED
}
