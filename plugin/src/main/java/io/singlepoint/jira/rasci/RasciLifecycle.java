package io.singlepoint.jira.rasci;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Registers {@link RasciIssueListener} with Jira's events when the app starts on this node, and unregisters it when
 * it stops. Events are node-local, so every node listens.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class RasciLifecycle implements LifecycleAware {

    private final EventPublisher events;
    private final RasciIssueListener listener;

    @Inject
    public RasciLifecycle(EventPublisher events, RasciIssueListener listener) {
        this.events = events;
        this.listener = listener;
    }

    @Override
    public void onStart() {
        events.register(listener);
    }

    @Override
    public void onStop() {
        events.unregister(listener);
    }
}
