package io.singlepoint.jira.notify;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.notify.IssueFacts;
import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciJson;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what notifications need of a Jira issue into core's {@link IssueFacts}: its names, people, watchers, the
 * RASCI field (its stored JSON) and the date fields the configuration names. No decisions: those are core's.
 */
@Named
public final class NotifyIssues {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyIssues.class);

    private final CustomFieldManager fields;
    private final WatcherManager watchers;

    @Inject
    public NotifyIssues(CustomFieldManager fields, WatcherManager watchers) {
        this.fields = fields;
        this.watchers = watchers;
    }

    /**
     * @param rasciField the RASCI field's id, or {@code null} if the project has none
     * @param baseUrl    Jira's base URL for the issue's link, or {@code null}
     */
    public IssueFacts facts(Issue issue, NotificationConfig config, String rasciField, URI baseUrl) {
        IssueFacts.Builder builder = IssueFacts.builder(String.valueOf(issue.getId()), issue.getKey())
                .projectKey(issue.getProjectObject().getKey())
                .summary(issue.getSummary())
                .status(issue.getStatus().getName())
                .issueType(issue.getIssueType() == null ? null : issue.getIssueType().getName())
                .priority(issue.getPriority() == null ? null : issue.getPriority().getName())
                .reporter(key(issue.getReporter()))
                .assignee(key(issue.getAssignee()))
                .watchers(new ArrayList<>(watchers.getWatcherUserKeys(issue)))
                .rasci(rasci(issue, rasciField));
        if (baseUrl != null) {
            builder.url(URI.create(baseUrl.toString().replaceAll("/+$", "") + "/browse/" + issue.getKey()));
        }
        for (String field : dateFields(config)) {
            Instant value = date(issue, field);
            if (value != null) {
                builder.date(field, value);
            }
        }
        return builder.build();
    }

    private static List<String> dateFields(NotificationConfig config) {
        List<String> ids = new ArrayList<>();
        for (String id : new String[] {config.windowStart(), config.windowEnd(),
                config.reminder() == null ? null : config.reminder().dateField()}) {
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private Instant date(Issue issue, String fieldId) {
        CustomField field = fields.getCustomFieldObject(fieldId);
        if (field == null) {
            LOG.warn("SinglePoint: notification date field {} does not exist (issue {})", fieldId, issue.getKey());
            return null;
        }
        Object value = issue.getCustomFieldValue(field);
        return value instanceof Date date ? date.toInstant() : null;
    }

    private RasciAssignment rasci(Issue issue, String fieldId) {
        if (fieldId == null || fieldId.isBlank()) {
            return RasciAssignment.EMPTY;
        }
        CustomField field = fields.getCustomFieldObject(fieldId);
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        if (!(value instanceof String json) || json.isBlank()) {
            return RasciAssignment.EMPTY;
        }
        try {
            return RasciJson.read(json);
        } catch (IllegalArgumentException e) {
            LOG.warn("SinglePoint: the RASCI field {} of {} does not hold RASCI JSON, so no RASCI role is told: {}",
                    fieldId, issue.getKey(), e.getMessage());
            return RasciAssignment.EMPTY;
        }
    }

    private static String key(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }
}
