package io.singlepoint.jira.sla;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;

import io.singlepoint.jira.ClusterJobs;
import io.singlepoint.jira.sla.jobs.SlaJob;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops keeping SLA clocks current on this node. SAL calls {@link #onStart} once the app is enabled and
 * Jira has started (hence the export as a {@link LifecycleAware} service), and {@link #onStop} when the app stops.
 * Events are node-local, so every node listens; the job runner is registered on every node, while the job itself is
 * scheduled cluster-wide under a fixed id (scheduling it again replaces it). Stopping does not unschedule it: the
 * schedule belongs to the cluster, and another node may still run it.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class SlaLifecycle implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(SlaLifecycle.class);

    /** Stored by Jira's scheduler: never change. */
    static final String JOB_RUNNER_KEY = "io.singlepoint.jira.sla.jobs.SlaJob";
    /** Stored by Jira's scheduler: never change. */
    static final String JOB_ID = "io.singlepoint.jira.sla.clocks";
    /** A change waits about this long, plus its computation, before its SLAs show it. */
    static final long INTERVAL_MILLIS = 15_000L;

    private final EventPublisher events;
    private final SchedulerService scheduler;
    private final SlaIssueListener listener;
    private final SlaJob job;

    @Inject
    public SlaLifecycle(EventPublisher events, SchedulerService scheduler, SlaIssueListener listener, SlaJob job) {
        this.events = events;
        this.scheduler = scheduler;
        this.listener = listener;
        this.job = job;
    }

    @Override
    public void onStart() {
        events.register(listener);
        ClusterJobs.startEvery(scheduler, JOB_RUNNER_KEY, JOB_ID, INTERVAL_MILLIS, job, LOG,
                "SinglePoint could not schedule its SLA job; SLA clocks stay as they are until it is");
    }

    @Override
    public void onStop() {
        events.unregister(listener);
        ClusterJobs.stop(scheduler, JOB_RUNNER_KEY);
    }
}
