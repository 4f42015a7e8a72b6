package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Map;

/**
 * Stand-in: atlassian-scheduler-api. An immutable final class: {@code forJobRunnerKey} starts with
 * {@code RUN_ONCE_PER_CLUSTER}, {@code Schedule.runOnce(null)} and no parameters; each {@code with...} returns a copy.
 */
public final class JobConfig {

    private JobConfig() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("stand-in");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("stand-in");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("stand-in");
    }

    /** Values are stored in the database for cluster jobs: use JDK types only. */
    public JobConfig withParameters(Map<String, Serializable> parameters) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Map<String, Serializable> getParameters() {
        throw new UnsupportedOperationException("stand-in");
    }
}
