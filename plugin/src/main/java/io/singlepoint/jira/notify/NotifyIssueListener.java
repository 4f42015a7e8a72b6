package io.singlepoint.jira.notify;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to Jira's issue events (registered by {@link NotifyLifecycle}) so that a reminder follows its change window
 * at once: when an edit moves the window's date, the pending reminder is replaced by one due by the new date
 * ({@link NotifySender#replan}). Every event type counts, for a workflow may fire any on a transition that edits the
 * date. It sends nothing and never throws into Jira: a failure is logged with the issue's key, and the job still
 * re-plans the reminder when the old one comes due.
 */
@Named
public final class NotifyIssueListener {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyIssueListener.class);

    private final NotifySender sender;

    @Inject
    public NotifyIssueListener(NotifySender sender) {
        this.sender = sender;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        try {
            int replaced = sender.replan(issue);
            if (replaced > 0) {
                LOG.info("SinglePoint re-planned {} reminder(s) of {}: its change window moved", replaced,
                        issue.getKey());
            }
        } catch (RuntimeException e) {
            LOG.warn("SinglePoint could not re-plan the reminders of {}; the job does when they come due: {}",
                    issue.getKey(), e.toString());
        }
    }
}
