package com.atlassian.scheduler;

/** Stand-in: atlassian-scheduler-api ({@code @PublicSpi}). The plugin implements it. */
public interface JobRunner {

    /** May return null, which the scheduler counts as success. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
