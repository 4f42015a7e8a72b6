package com.atlassian.scheduler.config;

import java.io.Serializable;

/** Stand-in: atlassian-scheduler-api. A final value class built by {@link #of(String)}. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private JobRunnerKey() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        throw new UnsupportedOperationException("stand-in");
    }
}
