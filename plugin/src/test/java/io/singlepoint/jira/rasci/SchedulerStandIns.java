package io.singlepoint.jira.rasci;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;

import org.mockito.MockedStatic;

/**
 * The scheduler's value types are final classes built by static factories, whose stand-ins throw: while open, the
 * rebuild's key, id, config and run-once schedule are these mocks (as {@code SlaLifecycleTest} does for the SLA job).
 */
public final class SchedulerStandIns implements AutoCloseable {

    public final JobRunnerKey key = mock(JobRunnerKey.class);
    public final JobId id = mock(JobId.class);
    public final JobConfig config = mock(JobConfig.class);
    public final Schedule once = mock(Schedule.class);
    private final MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class);
    private final MockedStatic<JobId> ids = mockStatic(JobId.class);
    private final MockedStatic<JobConfig> configs = mockStatic(JobConfig.class);
    private final MockedStatic<Schedule> schedules = mockStatic(Schedule.class);

    public SchedulerStandIns() {
        keys.when(() -> JobRunnerKey.of(RasciRebuild.JOB_RUNNER_KEY)).thenReturn(key);
        ids.when(() -> JobId.of(RasciRebuild.JOB_ID)).thenReturn(id);
        configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(config);
        when(config.withRunMode(any())).thenReturn(config);
        when(config.withSchedule(any())).thenReturn(config);
        schedules.when(() -> Schedule.runOnce(null)).thenReturn(once);
    }

    @Override
    public void close() {
        schedules.close();
        configs.close();
        ids.close();
        keys.close();
    }
}
