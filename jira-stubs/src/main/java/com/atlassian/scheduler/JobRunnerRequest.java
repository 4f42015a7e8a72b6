package com.atlassian.scheduler;

import java.util.Date;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;

/** Stand-in: atlassian-scheduler-api. */
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
