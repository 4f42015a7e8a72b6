package com.atlassian.scheduler.config;

import java.io.Serializable;

/** Stand-in: atlassian-scheduler-api. A final value class built by {@link #of(String)}. */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private JobId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public int compareTo(JobId other) {
        throw new UnsupportedOperationException("stand-in");
    }
}
