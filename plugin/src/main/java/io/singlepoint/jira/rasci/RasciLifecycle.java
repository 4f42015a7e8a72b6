package io.singlepoint.jira.rasci;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Registers {@link RasciIssueListener} with Jira's events when the app starts on this node, and unregisters it when
 * it stops. Events are node-local, so every node listens. Registers the runner of the search table's rebuild
 * ({@link RasciRebuild}) on every node, so that whichever node Jira's scheduler picks can run it.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class RasciLifecycle implements LifecycleAware {

    private final EventPublisher events;
    private final RasciIssueListener listener;
    private final SchedulerService scheduler;
    private final RasciRebuild rebuild;

    @Inject
    public RasciLifecycle(EventPublisher events, RasciIssueListener listener, SchedulerService scheduler,
                          RasciRebuild rebuild) {
        this.events = events;
        this.listener = listener;
        this.scheduler = scheduler;
        this.rebuild = rebuild;
    }

    @Override
    public void onStart() {
        events.register(listener);
        scheduler.registerJobRunner(RasciRebuild.runnerKey(), rebuild);
    }

    @Override
    public void onStop() {
        events.unregister(listener);
        scheduler.unregisterJobRunner(RasciRebuild.runnerKey());
    }
}
