package io.singlepoint.jira.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.StatusChange;

import org.junit.jupiter.api.Test;

class JiraTimelinesTest {

    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final Issue issue = mock(Issue.class);
    private final JiraTimelines timelines = new JiraTimelines(history, customFields);

    @Test
    void the_status_history_becomes_the_timeline_starting_in_the_first_changes_from_status() {
        issue("SD-7", "2026-03-02T09:00:00Z", "Resolved");
        List<ChangeItemBean> changes = List.of(
                change("2026-03-02T10:00:00Z", "Open", "Info Requested"),
                change("2026-03-02T11:00:00Z", "Info Requested", "Resolved"));
        when(history.getChangeItemsForField(issue, "status")).thenReturn(changes);

        IssueTimeline timeline = timelines.timeline(issue, Set.of());

        assertThat(timeline.key()).isEqualTo("SD-7");
        assertThat(timeline.created()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(timeline.initialStatus()).isEqualTo("Open");
        assertThat(timeline.changes()).containsExactly(
                new StatusChange(Instant.parse("2026-03-02T10:00:00Z"), "Open", "Info Requested"),
                new StatusChange(Instant.parse("2026-03-02T11:00:00Z"), "Info Requested", "Resolved"));
    }

    @Test
    void an_issue_that_never_changed_status_starts_in_its_current_one() {
        issue("SD-8", "2026-03-02T09:00:00Z", "Open");
        when(history.getChangeItemsForField(issue, "status")).thenReturn(List.of());

        assertThat(timelines.timeline(issue, Set.of()).initialStatus()).isEqualTo("Open");
    }

    @Test
    void goal_fields_are_read_by_their_rest_ids_with_names_values_and_every_list_element() {
        issue("SD-9", "2026-03-02T09:00:00Z", "Open");
        when(history.getChangeItemsForField(issue, "status")).thenReturn(List.of());
        Priority priority = mock(Priority.class);
        when(priority.getName()).thenReturn("High");
        when(issue.getPriority()).thenReturn(priority);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Incident");
        when(issue.getIssueType()).thenReturn(type);
        ApplicationUser reporter = mock(ApplicationUser.class);
        when(reporter.getUsername()).thenReturn("ann");
        when(issue.getReporter()).thenReturn(reporter);
        List<Option> options = List.of(option("Email"), option("VPN"));
        CustomField services = customField("customfield_10100", options);
        CustomField impact = customField("customfield_10200", 3);

        IssueTimeline timeline = timelines.timeline(issue, new java.util.LinkedHashSet<>(List.of("priority",
                "issuetype", "reporter", "assignee", "customfield_10100", "customfield_10200", "customfield_404",
                "labels")));

        assertThat(timeline.fields()).isEqualTo(Map.of(
                "priority", List.of("High"),
                "issuetype", List.of("Incident"),
                "reporter", List.of("ann"),
                "assignee", List.of(),
                "customfield_10100", List.of("Email", "VPN"),
                "customfield_10200", List.of("3"),
                "customfield_404", List.of(),
                "labels", List.of()));
        assertThat(services).isNotNull();
        assertThat(impact).isNotNull();
    }

    private void issue(String key, String created, String status) {
        when(issue.getKey()).thenReturn(key);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse(created)));
        Status current = mock(Status.class);
        when(current.getName()).thenReturn(status);
        when(issue.getStatus()).thenReturn(current);
    }

    private static ChangeItemBean change(String at, String from, String to) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        when(item.getCreated()).thenReturn(Timestamp.from(Instant.parse(at)));
        when(item.getFromString()).thenReturn(from);
        when(item.getToString()).thenReturn(to);
        return item;
    }

    private CustomField customField(String id, Object value) {
        CustomField field = mock(CustomField.class);
        when(field.getValue(issue)).thenReturn(value);
        when(customFields.getCustomFieldObject(id)).thenReturn(field);
        return field;
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(value);
        return option;
    }
}
