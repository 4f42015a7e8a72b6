package io.singlepoint.jira.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;

import io.singlepoint.jira.ClusterJobs;
import io.singlepoint.jira.mail.ao.MailSettingEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the processing log from growing without end: once a day, on one node of the cluster, it deletes the entries
 * received more than {@code retentionDays} days ago (handler parameter, default 90), except mails still waiting for
 * an administrator ({@code failed}, {@code hold}) and not re-run. The handler stores its {@code retentionDays} in the
 * database ({@link #keepDays(int)}), so that whichever node runs the cleanup uses it. Scheduled as every repeating
 * job of the app is ({@link ClusterJobs}): the runner on every node, the job once for the cluster.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class MailLogRetention implements LifecycleAware, JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MailLogRetention.class);

    /** Stored by Jira's scheduler: never change. */
    static final String JOB_RUNNER_KEY = "io.singlepoint.jira.mail.MailLogRetention";
    /** Stored by Jira's scheduler: never change. */
    static final String JOB_ID = "io.singlepoint.jira.mail.log-retention";
    static final long INTERVAL_MILLIS = Duration.ofDays(1).toMillis();
    static final int DEFAULT_DAYS = 90;
    static final String DAYS_SETTING = "retentionDays";

    private final ActiveObjects ao;
    private final MailLogStore log;
    private final SchedulerService scheduler;
    private final Clock clock;

    @Inject
    public MailLogRetention(ActiveObjects ao, MailLogStore log, SchedulerService scheduler) {
        this(ao, log, scheduler, Clock.systemUTC());
    }

    MailLogRetention(ActiveObjects ao, MailLogStore log, SchedulerService scheduler, Clock clock) {
        this.ao = ao;
        this.log = log;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        ClusterJobs.startEvery(scheduler, JOB_RUNNER_KEY, JOB_ID, INTERVAL_MILLIS, this, LOG,
                "SinglePoint could not schedule the cleanup of its mail processing log; the log keeps every entry until it is");
    }

    @Override
    public void onStop() {
        ClusterJobs.stop(scheduler, JOB_RUNNER_KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int deleted = cleanUp();
            return JobRunnerResponse.success("deleted " + deleted + " mail processing log entries");
        } catch (RuntimeException e) {
            LOG.warn("SinglePoint could not clean up its mail processing log: {}", e.toString());
            return JobRunnerResponse.failed(e);
        }
    }

    /** Deletes the entries older than the retention; returns how many. */
    int cleanUp() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(days()));
        return log.deleteReceivedBefore(cutoff);
    }

    /** The days entries are kept, as the handler last stored them; {@value #DEFAULT_DAYS} if it never did. */
    int days() {
        MailSettingEntity[] found = ao.find(MailSettingEntity.class,
                Query.select().where("SETTING_KEY = ?", DAYS_SETTING).order("ID ASC"));
        if (found.length > 0 && found[0].getSettingValue() != null) {
            try {
                return Integer.parseInt(found[0].getSettingValue());
            } catch (NumberFormatException e) {
                // a value this version did not write: the default
            }
        }
        return DEFAULT_DAYS;
    }

    /** Stores the handler's {@code retentionDays} for every node; writes only when it changed. */
    void keepDays(int days) {
        ao.executeInTransaction(() -> {
            MailSettingEntity[] found = ao.find(MailSettingEntity.class,
                    Query.select().where("SETTING_KEY = ?", DAYS_SETTING).order("ID ASC"));
            if (found.length == 0) {
                ao.create(MailSettingEntity.class, new DBParam("SETTING_KEY", DAYS_SETTING),
                        new DBParam("SETTING_VALUE", String.valueOf(days)));
            } else if (!String.valueOf(days).equals(found[0].getSettingValue())) {
                found[0].setSettingValue(String.valueOf(days));
                found[0].save();
            }
            return null;
        });
    }
}
