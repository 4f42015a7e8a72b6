package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in: jira-api. A final class in Jira (it extends {@code AbstractEvent} and implements
 * {@code IssueRelatedEvent}; neither supertype is stubbed). Jira publishes it; the plugin only reads it.
 */
public final class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The user who caused the event; {@code ApplicationUser} since Jira 7 (crowd {@code User} before). */
    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The comment added or edited with this event, or null. */
    public Comment getComment() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("stand-in");
    }
}
