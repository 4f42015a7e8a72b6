package io.singlepoint.jira.notify;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;

import io.singlepoint.jira.ClusterJobs;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the sending job's runner on this node and schedules the job once for the cluster, every minute
 * ({@link ClusterJobs}); and registers {@link NotifyIssueListener} for Jira's issue events on this node (events are
 * node-local).
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class NotifyLifecycle implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyLifecycle.class);

    /** Stored by Jira's scheduler: never change. */
    static final String JOB_RUNNER_KEY = "io.singlepoint.jira.notify.NotifySender";
    /** Stored by Jira's scheduler: never change. */
    static final String JOB_ID = "io.singlepoint.jira.notify.send";
    static final long INTERVAL_MILLIS = 60_000L;

    private final SchedulerService scheduler;
    private final NotifySender sender;
    private final EventPublisher events;
    private final NotifyIssueListener listener;

    @Inject
    public NotifyLifecycle(SchedulerService scheduler, NotifySender sender, EventPublisher events,
                           NotifyIssueListener listener) {
        this.scheduler = scheduler;
        this.sender = sender;
        this.events = events;
        this.listener = listener;
    }

    @Override
    public void onStart() {
        events.register(listener);
        ClusterJobs.startEvery(scheduler, JOB_RUNNER_KEY, JOB_ID, INTERVAL_MILLIS, sender, LOG,
                "SinglePoint could not schedule its notification job; change notifications wait until it is");
    }

    @Override
    public void onStop() {
        events.unregister(listener);
        ClusterJobs.stop(scheduler, JOB_RUNNER_KEY);
    }
}
