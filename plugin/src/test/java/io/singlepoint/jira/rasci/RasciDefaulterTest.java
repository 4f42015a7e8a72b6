package io.singlepoint.jira.rasci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciDefaults;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.RasciDefaultsStore.Rule;
import io.singlepoint.jira.rasci.ao.RasciDefaultsEntity;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Defaults on a real H2 store, applied to new issues whose Jira parts are Mockito stand-ins. */
class RasciDefaulterTest {

    private static final String FIELD = "customfield_10100";
    private static final long OPS = 10000L;

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciDefaultsEntity.class,
            RasciMemberEntity.class);

    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final CustomField field = mock(CustomField.class);
    private final RasciFieldType type = mock(RasciFieldType.class);
    private RasciDefaultsStore store;

    @BeforeEach
    void jira() {
        store = new RasciDefaultsStore(database.activeObjects());
        when(fields.getCustomFieldObject(FIELD)).thenReturn(field);
        when(field.getCustomFieldType()).thenReturn(type);
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    private static MutableIssue issue(String typeId, ApplicationUser assignee, ApplicationUser reporter) {
        Project project = mock(Project.class);
        when(project.getLeadUserKey()).thenReturn("lead");
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(typeId);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(1L);
        when(issue.getKey()).thenReturn("OPS-1");
        when(issue.getProjectId()).thenReturn(OPS);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getAssignee()).thenReturn(assignee);
        when(issue.getReporter()).thenReturn(reporter);
        return issue;
    }

    @Test
    void an_empty_field_gets_lead_assignee_and_reporter_by_the_suggested_defaults() {
        store.save(new Rule(FIELD, OPS, RasciDefaultsStore.ANY_TYPE, RasciDefaults.SUGGESTED));
        MutableIssue issue = issue("10001", user("ann"), user("bob"));

        int filled = new RasciDefaulter(store, fields).fill(issue);

        assertThat(filled).isEqualTo(1);
        verify(type).createValue(field, issue, RasciAssignment.of(Map.of(
                RasciRole.ACCOUNTABLE, List.of(Participant.user("lead")),
                RasciRole.RESPONSIBLE, List.of(Participant.user("ann")),
                RasciRole.INFORMED, List.of(Participant.user("bob")))));
        verify(type).forgetChange(); // stored without a change-history entry: nothing kept for one
    }

    @Test
    void the_issue_types_rule_wins_over_the_projects_rule_for_any_type() {
        store.save(new Rule(FIELD, OPS, RasciDefaultsStore.ANY_TYPE, RasciDefaults.SUGGESTED));
        RasciDefaults incidents = new RasciDefaults(Map.of(RasciRole.INFORMED,
                List.of(RasciDefaults.Source.fixed(Participant.group("network-team")))));
        store.save(new Rule(FIELD, OPS, "10002", incidents));

        assertThat(store.applicable(OPS, "10002")).containsEntry(FIELD, incidents);
        assertThat(store.applicable(OPS, "10001")).containsEntry(FIELD, RasciDefaults.SUGGESTED);
        assertThat(store.applicable(20000L, "10001")).isEmpty();
    }

    @Test
    void a_field_given_a_value_at_creation_keeps_it() {
        store.save(new Rule(FIELD, OPS, RasciDefaultsStore.ANY_TYPE, RasciDefaults.SUGGESTED));
        MutableIssue issue = issue("10001", user("ann"), user("bob"));
        when(field.getValue(issue)).thenReturn(RasciAssignment.of(Map.of(RasciRole.ACCOUNTABLE,
                List.of(Participant.user("carl")))));

        assertThat(new RasciDefaulter(store, fields).fill(issue)).isZero();
        verify(type, never()).createValue(any(), any(), any());
    }

    @Test
    void saving_a_rule_again_replaces_it() {
        store.save(new Rule(FIELD, OPS, "10001", RasciDefaults.SUGGESTED));
        store.save(new Rule(FIELD, OPS, "10001", RasciDefaults.NONE));

        assertThat(store.all()).containsExactly(new Rule(FIELD, OPS, "10001", RasciDefaults.NONE));
    }

    @Test
    void the_listener_fills_defaults_when_an_issue_is_created() {
        store.save(new Rule(FIELD, OPS, RasciDefaultsStore.ANY_TYPE, RasciDefaults.SUGGESTED));
        MutableIssue issue = issue("10001", null, user("bob"));
        IssueEvent created = mock(IssueEvent.class);
        when(created.getIssue()).thenReturn(issue);
        when(created.getEventTypeId()).thenReturn(1L); // ISSUE_CREATED_ID

        new RasciIssueListener(new RasciMemberships(database.activeObjects()), new RasciDefaulter(store, fields))
                .onIssueEvent(created);

        verify(type).createValue(field, issue, RasciAssignment.of(Map.of(
                RasciRole.ACCOUNTABLE, List.of(Participant.user("lead")),
                RasciRole.INFORMED, List.of(Participant.user("bob")))));
    }
}
