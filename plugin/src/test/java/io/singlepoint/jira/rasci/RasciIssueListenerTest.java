package io.singlepoint.jira.rasci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RasciIssueListenerTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciMemberEntity.class,
            io.singlepoint.jira.rasci.ao.RasciDefaultsEntity.class);

    private RasciDefaulter defaulter() {
        return new RasciDefaulter(new RasciDefaultsStore(database.activeObjects()),
                mock(com.atlassian.jira.issue.CustomFieldManager.class));
    }

    private static IssueEvent event(long issueId, Long type) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(issueId);
        when(issue.getKey()).thenReturn("OPS-" + issueId);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }

    @Test
    void a_deleted_issue_leaves_the_search_table_and_other_events_change_nothing() {
        RasciMemberships memberships = new RasciMemberships(database.activeObjects());
        RasciAssignment value = RasciAssignment.of(Map.of(RasciRole.ACCOUNTABLE, List.of(Participant.user("ann"))));
        memberships.replace(1L, "customfield_10100", value);
        memberships.replace(2L, "customfield_10100", value);
        RasciIssueListener listener = new RasciIssueListener(memberships, defaulter());

        listener.onIssueEvent(event(1L, 8L)); // ISSUE_DELETED_ID
        listener.onIssueEvent(event(2L, 2L)); // ISSUE_UPDATED_ID

        assertThat(memberships.issues(RasciRole.ACCOUNTABLE, Participant.user("ann"))).containsExactly(2L);
    }

    @Test
    void a_created_issue_leaves_no_rasci_value_on_the_thread() {
        // Jira stores a value given at creation without asking for its change-history text.
        RasciAssignment given = RasciAssignment.of(Map.of(RasciRole.ACCOUNTABLE, List.of(Participant.user("ann"))));
        new RasciHistory().written(null, given);
        RasciIssueListener listener = new RasciIssueListener(new RasciMemberships(database.activeObjects()), defaulter());

        listener.onIssueEvent(event(1L, 1L)); // ISSUE_CREATED_ID

        assertThat(new RasciHistory().takeChange(given, null, null)).isEmpty();
    }

    @Test
    void a_failing_database_is_logged_not_thrown_into_jira() {
        ActiveObjects broken = mock(ActiveObjects.class, call -> {
            throw new IllegalStateException("database gone");
        });

        new RasciIssueListener(new RasciMemberships(broken), defaulter()).onIssueEvent(event(1L, 8L));
    }

    @Test
    void the_listener_is_registered_while_the_app_runs() {
        EventPublisher events = mock(EventPublisher.class);
        RasciIssueListener listener = new RasciIssueListener(new RasciMemberships(database.activeObjects()), defaulter());
        com.atlassian.scheduler.SchedulerService scheduler = mock(com.atlassian.scheduler.SchedulerService.class);
        RasciRebuild rebuild = mock(RasciRebuild.class);
        RasciLifecycle lifecycle = new RasciLifecycle(events, listener, scheduler, rebuild);

        try (SchedulerStandIns standIns = new SchedulerStandIns()) {
            lifecycle.onStart();
            lifecycle.onStop();

            verify(scheduler).registerJobRunner(standIns.key, rebuild);
            verify(scheduler).unregisterJobRunner(standIns.key);
        }
        verify(events).register(listener);
        verify(events).unregister(listener);
    }
}
