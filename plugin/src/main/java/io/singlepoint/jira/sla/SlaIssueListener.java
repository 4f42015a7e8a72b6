package io.singlepoint.jira.sla;

import java.time.Clock;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;

import io.singlepoint.jira.sla.store.RecalcQueue;
import io.singlepoint.jira.sla.store.SlaProjectStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to Jira's issue events (registered by {@link SlaLifecycle}) and only records: the issue goes into the
 * recalculation queue, and a comment goes to {@link SlaReplies}. It runs on the thread that changed the issue, often
 * inside its transaction, so it computes nothing; the job does. Every event counts, worklogs included: a workflow may
 * fire any event type on a transition. It never throws into Jira: a failure is logged once, with the issue's key.
 */
@Named
public final class SlaIssueListener {

    private static final Logger LOG = LoggerFactory.getLogger(SlaIssueListener.class);

    private final SlaProjectStore projects;
    private final RecalcQueue queue;
    private final SlaReplies replies;
    private final Clock clock;

    @Inject
    public SlaIssueListener(SlaProjectStore projects, RecalcQueue queue, SlaReplies replies) {
        this(projects, queue, replies, Clock.systemUTC());
    }

    public SlaIssueListener(SlaProjectStore projects, RecalcQueue queue, SlaReplies replies, Clock clock) {
        this.projects = projects;
        this.queue = queue;
        this.replies = replies;
        this.clock = clock;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null) {
            return;
        }
        try {
            if (!projects.isEnabled(issue.getProjectId())) {
                return;
            }
            queue.add(issue.getId(), clock.instant());
            Comment comment = event.getComment();
            if (comment != null && EventType.ISSUE_COMMENTED_ID.equals(event.getEventTypeId())) {
                replies.onComment(issue, comment.getAuthorApplicationUser(), comment.getId());
            }
        } catch (RuntimeException e) {
            LOG.warn("SinglePoint could not record {} for its SLAs; they are computed at its next change: {}",
                    issue.getKey(), e.toString());
        }
    }
}
