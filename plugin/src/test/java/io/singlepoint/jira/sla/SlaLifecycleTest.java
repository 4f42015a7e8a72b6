package io.singlepoint.jira.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

import io.singlepoint.jira.sla.jobs.SlaJob;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

class SlaLifecycleTest {

    private final EventPublisher events = mock(EventPublisher.class);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final SlaIssueListener listener = mock(SlaIssueListener.class);
    private final SlaJob job = mock(SlaJob.class);
    private final SlaLifecycle lifecycle = new SlaLifecycle(events, scheduler, listener, job);

    // The scheduler's value types are final classes built by static factories: the stand-ins' throw.
    private final JobRunnerKey key = mock(JobRunnerKey.class);
    private final JobId id = mock(JobId.class);
    private final JobConfig config = mock(JobConfig.class);
    private final Schedule everyFifteenSeconds = mock(Schedule.class);
    private MockedStatic<JobRunnerKey> keys;
    private MockedStatic<JobId> ids;
    private MockedStatic<JobConfig> configs;
    private MockedStatic<Schedule> schedules;

    @BeforeEach
    void scheduler() {
        keys = mockStatic(JobRunnerKey.class);
        keys.when(() -> JobRunnerKey.of("io.singlepoint.jira.sla.jobs.SlaJob")).thenReturn(key);
        ids = mockStatic(JobId.class);
        ids.when(() -> JobId.of("io.singlepoint.jira.sla.clocks")).thenReturn(id);
        configs = mockStatic(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(config);
        when(config.withRunMode(any())).thenReturn(config);
        when(config.withSchedule(any())).thenReturn(config);
        schedules = mockStatic(Schedule.class);
        schedules.when(() -> Schedule.forInterval(15_000L, null)).thenReturn(everyFifteenSeconds);
    }

    @AfterEach
    void close() {
        schedules.close();
        configs.close();
        ids.close();
        keys.close();
    }

    @Test
    void starting_listens_registers_the_job_here_and_schedules_it_once_for_the_cluster_every_fifteen_seconds()
            throws SchedulerServiceException {
        lifecycle.onStart();

        verify(events).register(listener);
        verify(scheduler).registerJobRunner(key, job);
        verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
        verify(config).withSchedule(everyFifteenSeconds);
        verify(scheduler).scheduleJob(id, config);
    }

    @Test
    void stopping_stops_listening_and_running_here_but_leaves_the_clusters_schedule() {
        lifecycle.onStop();

        verify(events).unregister(listener);
        verify(scheduler).unregisterJobRunner(key);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    void a_schedule_the_scheduler_refuses_does_not_keep_the_app_from_starting() throws SchedulerServiceException {
        doThrow(new SchedulerServiceException("no scheduler")).when(scheduler).scheduleJob(id, config);

        assertThatCode(lifecycle::onStart).doesNotThrowAnyException();

        verify(events).register(listener);
    }

    @Test
    void spring_scanner_exports_it_as_a_lifecycle_service_for_sal_to_find() throws IOException {
        try (InputStream index = getClass().getResourceAsStream("/META-INF/plugin-components/exports")) {
            assertThat(index).isNotNull();
            assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(SlaLifecycle.class.getName() + "#" + LifecycleAware.class.getName());
        }
    }
}
