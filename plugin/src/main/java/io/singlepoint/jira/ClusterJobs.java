package io.singlepoint.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

import org.slf4j.Logger;

/**
 * The app's repeating jobs as Jira's scheduler runs them in a cluster: the runner is registered on every node (from
 * {@code LifecycleAware.onStart}), the job is scheduled once for the cluster under a fixed id
 * ({@link RunMode#RUN_ONCE_PER_CLUSTER}; scheduling it again replaces it). Stopping only unregisters this node's
 * runner: the schedule belongs to the cluster, and another node may still run it.
 */
public final class ClusterJobs {

    private ClusterJobs() {
    }

    /**
     * Registers {@code runner} on this node and schedules job {@code jobId} every {@code intervalMillis}. A scheduler
     * that refuses is logged as {@code whenRefused}, with its reason: the app starts without the job.
     */
    public static void startEvery(SchedulerService scheduler, String runnerKey, String jobId, long intervalMillis,
                                  JobRunner runner, Logger log, String whenRefused) {
        JobRunnerKey key = JobRunnerKey.of(runnerKey);
        scheduler.registerJobRunner(key, runner);
        try {
            scheduler.scheduleJob(JobId.of(jobId), JobConfig.forJobRunnerKey(key)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(intervalMillis, null)));
        } catch (SchedulerServiceException e) {
            log.error("{}: {}", whenRefused, e.toString());
        }
    }

    /** Unregisters this node's runner of {@code runnerKey}. */
    public static void stop(SchedulerService scheduler, String runnerKey) {
        scheduler.unregisterJobRunner(JobRunnerKey.of(runnerKey));
    }
}
