package io.singlepoint.jira.rasci;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to Jira's issue events (registered by {@link RasciLifecycle}): a deleted issue leaves the RASCI search
 * table, since Jira removes custom field values without asking the field type. It never throws into Jira.
 */
@Named
public final class RasciIssueListener {

    private static final Logger LOG = LoggerFactory.getLogger(RasciIssueListener.class);

    private final RasciMemberships memberships;

    @Inject
    public RasciIssueListener(RasciMemberships memberships) {
        this.memberships = memberships;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || !EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            return;
        }
        try {
            memberships.forgetIssue(issue.getId());
        } catch (RuntimeException e) {
            LOG.warn("SinglePoint could not remove deleted issue {} from the RASCI search table; searches may list"
                    + " its id, which Jira then drops: {}", issue.getKey(), e.toString());
        }
    }
}
