package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.service.util.handler.MessageHandlerErrorCollector;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedStatic;

/** The daily cleanup of the processing log, on a real database, with a fixed clock. */
class MailLogRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(MailLogEntity.class, MailBounceEntity.class,
            MailSettingEntity.class);

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private MailLogStore log;
    private MailLogRetention retention;

    @BeforeEach
    void setUp() {
        log = new MailLogStore(database.activeObjects());
        retention = new MailLogRetention(database.activeObjects(), log, scheduler, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private long entry(String messageId, String decision, Duration age) {
        return log.add(new MailLogStore.NewEntry(messageId, "lena.fischer@customer.example", "Re: [SD-12] VPN",
                decision, null, List.of(), "SD-12", NOW.minus(age), new byte[] {'a'}, 1, List.of()));
    }

    @Test
    void entries_older_than_ninety_days_go_except_held_and_failed_mails_not_re_run() {
        long fresh = entry("fresh@x", "comment", Duration.ofDays(89));
        long edge = entry("edge@x", "comment", Duration.ofDays(90));
        entry("old-comment@x", "comment", Duration.ofDays(91));
        entry("old-ignore@x", "ignore", Duration.ofDays(200));
        entry("old-rerun@x", "rerun", Duration.ofDays(120));
        entry("old-created@x", "created", Duration.ofDays(120));
        long held = entry("old-held@x", "hold", Duration.ofDays(300));
        long failed = entry("old-failed@x", "failed", Duration.ofDays(300));

        assertThat(retention.cleanUp()).isEqualTo(4);

        assertThat(log.latest(100)).extracting(MailLogEntry::id).containsExactlyInAnyOrder(fresh, edge, held,
                failed);
    }

    @Test
    void the_handler_s_retention_days_reach_the_cleanup_on_any_node() {
        entry("ten-days@x", "comment", Duration.ofDays(10));
        entry("five-days@x", "comment", Duration.ofDays(5));
        ServiceDeskMailHandler handler = new ServiceDeskMailHandler(mock(MailProcessor.class),
                new MailHandlerConfigs(), retention);

        handler.init(Map.of("retentionDays", "7"), mock(MessageHandlerErrorCollector.class));
        MailLogRetention otherNode = new MailLogRetention(database.activeObjects(), log, scheduler,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(otherNode.days()).isEqualTo(7);
        assertThat(otherNode.cleanUp()).isEqualTo(1);
        assertThat(log.latest(10)).extracting(MailLogEntry::messageId).containsExactly("five-days@x");
        handler.init(Map.of("retentionDays", "7"), mock(MessageHandlerErrorCollector.class));
        handler.init(Map.of(), mock(MessageHandlerErrorCollector.class));
        assertThat(otherNode.days()).isEqualTo(90);
        assertThat(database.activeObjects().count(MailSettingEntity.class)).isEqualTo(1);
    }

    @Test
    void a_wrong_retention_is_reported_and_ninety_days_used() {
        MailHandlerConfig.Read read = MailHandlerConfig.read(Map.of("retentionDays", "0"));

        assertThat(read.config().retentionDays()).isEqualTo(90);
        assertThat(read.problems()).containsExactly("retentionDays: \"0\" is not a number from 1 to 36500; 90 is used");
    }

    @Test
    void the_job_runs_once_for_the_cluster_every_day_and_reports_what_it_deleted() throws Exception {
        JobRunnerKey key = mock(JobRunnerKey.class);
        JobId id = mock(JobId.class);
        JobConfig config = mock(JobConfig.class);
        Schedule daily = mock(Schedule.class);
        try (MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class);
             MockedStatic<JobId> ids = mockStatic(JobId.class);
             MockedStatic<JobConfig> configs = mockStatic(JobConfig.class);
             MockedStatic<Schedule> schedules = mockStatic(Schedule.class)) {
            keys.when(() -> JobRunnerKey.of("io.singlepoint.jira.mail.MailLogRetention")).thenReturn(key);
            ids.when(() -> JobId.of("io.singlepoint.jira.mail.log-retention")).thenReturn(id);
            configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(config);
            when(config.withRunMode(any())).thenReturn(config);
            when(config.withSchedule(any())).thenReturn(config);
            schedules.when(() -> Schedule.forInterval(86_400_000L, null)).thenReturn(daily);

            retention.onStart();
            retention.onStop();

            verify(scheduler).registerJobRunner(key, retention);
            verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
            verify(config).withSchedule(daily);
            verify(scheduler).scheduleJob(id, config);
            verify(scheduler).unregisterJobRunner(key);
        }
    }
}
