package io.singlepoint.jira.sla;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.StatusChange;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads a Jira issue into what the SLA engine needs: its creation, its status changes from the change history, and
 * the values of the fields goals match on, by DESIGN.md's rule (a field's name, else its value, else the text; each
 * element of a list). Field ids are those of Jira's REST API: {@code priority}, {@code issuetype}, {@code status},
 * {@code project}, {@code reporter}, {@code assignee} and {@code customfield_NNNNN}.
 */
@Named
public final class JiraTimelines {

    private final ChangeHistoryManager history;
    private final CustomFieldManager customFields;

    @Inject
    public JiraTimelines(ChangeHistoryManager history, CustomFieldManager customFields) {
        this.history = history;
        this.customFields = customFields;
    }

    public IssueTimeline timeline(Issue issue, Set<String> fields) {
        List<StatusChange> changes = new ArrayList<>();
        for (ChangeItemBean item : history.getChangeItemsForField(issue, "status")) {
            changes.add(new StatusChange(item.getCreated().toInstant(), item.getFromString(), item.getToString()));
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, values(issue, field));
        }
        return IssueTimeline.fromHistory(issue.getKey(), issue.getCreated().toInstant(), issue.getStatus().getName(),
                changes, values);
    }

    private List<String> values(Issue issue, String field) {
        return switch (field) {
            case "priority" -> issue.getPriority() == null ? List.of() : List.of(issue.getPriority().getName());
            case "issuetype" -> List.of(issue.getIssueType().getName());
            case "status" -> List.of(issue.getStatus().getName());
            case "project" -> List.of(issue.getProjectObject().getName());
            case "reporter" -> user(issue.getReporter());
            case "assignee" -> user(issue.getAssignee());
            default -> customField(issue, field);
        };
    }

    private List<String> customField(Issue issue, String field) {
        CustomField customField = field.startsWith("customfield_") ? customFields.getCustomFieldObject(field) : null;
        if (customField == null) {
            return List.of(); // a field this Jira does not have: no goal matches on it
        }
        List<String> values = new ArrayList<>();
        add(values, customField.getValue(issue));
        return values;
    }

    private static void add(List<String> values, Object value) {
        if (value instanceof Collection<?> many) {
            many.forEach(element -> add(values, element));
        } else if (value instanceof Option option) {
            values.add(option.getValue());
        } else if (value instanceof ApplicationUser user) {
            values.add(user.getUsername());
        } else if (value != null) {
            values.add(value.toString());
        }
    }

    private static List<String> user(ApplicationUser user) {
        return user == null ? List.of() : List.of(user.getUsername());
    }
}
