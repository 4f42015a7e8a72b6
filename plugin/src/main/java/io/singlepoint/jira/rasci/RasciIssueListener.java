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
 * Listens to Jira's issue events (registered by {@link RasciLifecycle}): a new issue gets the RASCI defaults of its
 * project and issue type ({@link RasciDefaulter}); a deleted issue leaves the RASCI search table, since Jira removes
 * custom field values without asking the field type. It never throws into Jira.
 */
@Named
public final class RasciIssueListener {

    private static final Logger LOG = LoggerFactory.getLogger(RasciIssueListener.class);

    private final RasciMemberships memberships;
    private final RasciDefaulter defaulter;

    @Inject
    public RasciIssueListener(RasciMemberships memberships, RasciDefaulter defaulter) {
        this.memberships = memberships;
        this.defaulter = defaulter;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null) {
            return;
        }
        if (EventType.ISSUE_CREATED_ID.equals(event.getEventTypeId())) {
            try {
                defaulter.fill(issue);
            } catch (RuntimeException e) {
                LOG.warn("SinglePoint could not fill the RASCI defaults of new issue {}; its RASCI fields stay"
                        + " empty: {}", issue.getKey(), e.toString());
            } finally {
                RasciHistory.forgetThisThread(); // the creation's values make no change-history entry
            }
        } else if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            try {
                memberships.forgetIssue(issue.getId());
            } catch (RuntimeException e) {
                LOG.warn("SinglePoint could not remove deleted issue {} from the RASCI search table; searches may"
                        + " list its id, which Jira then drops: {}", issue.getKey(), e.toString());
            }
        }
    }
}
