package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.singlepoint.core.rasci.RasciAssignment;

/**
 * What notifications need to know of an issue, as it is now: read by the plugin from Jira's issue, by the command line
 * from Jira's REST JSON.
 *
 * @param id          Jira's issue id (a number; it survives a move to another project, unlike the key)
 * @param key         the issue key, {@code SD-12}
 * @param projectKey  the project's key, for project roles
 * @param summary     the summary, as typed: templates escape it
 * @param issueType   the issue type's name, or {@code null}
 * @param status      the current status's name
 * @param priority    the priority's name, or {@code null}
 * @param url         the issue's page ({@code https://jira.example.com/browse/SD-12}), {@code http} or {@code https};
 *                    {@code null} if unknown
 * @param reporterKey the reporter's user key, or {@code null}
 * @param assigneeKey the assignee's user key, or {@code null}
 * @param watcherKeys the watchers' user keys, in order
 * @param rasci       the RASCI field's value; {@link RasciAssignment#EMPTY} if none
 * @param dates       the date and date-time fields that have a value, by field id ({@code customfield_10200},
 *                    {@code duedate}); a date without a time is its start in the service desk's zone
 */
public record IssueFacts(String id, String key, String projectKey, String summary, String issueType, String status,
                         String priority, URI url, String reporterKey, String assigneeKey, List<String> watcherKeys,
                         RasciAssignment rasci, Map<String, Instant> dates) {

    public IssueFacts {
        IdempotencyKey.issueId(id);
        requireNonNull(key, "key");
        requireNonNull(projectKey, "projectKey");
        summary = summary == null ? "" : summary;
        requireNonNull(status, "status");
        if (url != null && !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("an issue's link is http or https, not " + url);
        }
        watcherKeys = List.copyOf(watcherKeys);
        rasci = rasci == null ? RasciAssignment.EMPTY : rasci;
        dates = Collections.unmodifiableMap(new LinkedHashMap<>(dates));
    }

    public static Builder builder(String id, String key) {
        return new Builder(id, key);
    }

    /** The value of a date field, or {@code null}. */
    public Instant date(String fieldId) {
        return fieldId == null ? null : dates.get(fieldId);
    }

    /** A builder for adapters and tests; the project key defaults to the key's prefix, the status to "Open". */
    public static final class Builder {
        private final String id;
        private final String key;
        private String projectKey;
        private String summary = "";
        private String issueType;
        private String status = "Open";
        private String priority;
        private URI url;
        private String reporterKey;
        private String assigneeKey;
        private final List<String> watcherKeys = new ArrayList<>();
        private RasciAssignment rasci = RasciAssignment.EMPTY;
        private final Map<String, Instant> dates = new LinkedHashMap<>();

        private Builder(String id, String key) {
            this.id = id;
            this.key = requireNonNull(key, "key");
            int dash = key.lastIndexOf('-');
            this.projectKey = dash > 0 ? key.substring(0, dash) : key;
        }

        public Builder projectKey(String value) {
            projectKey = value;
            return this;
        }

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder issueType(String value) {
            issueType = value;
            return this;
        }

        public Builder status(String value) {
            status = value;
            return this;
        }

        public Builder priority(String value) {
            priority = value;
            return this;
        }

        public Builder url(URI value) {
            url = value;
            return this;
        }

        public Builder reporter(String userKey) {
            reporterKey = userKey;
            return this;
        }

        public Builder assignee(String userKey) {
            assigneeKey = userKey;
            return this;
        }

        public Builder watchers(List<String> userKeys) {
            watcherKeys.clear();
            watcherKeys.addAll(userKeys);
            return this;
        }

        public Builder rasci(RasciAssignment value) {
            rasci = value;
            return this;
        }

        public Builder date(String fieldId, Instant value) {
            if (value == null) {
                dates.remove(fieldId);
            } else {
                dates.put(requireNonNull(fieldId, "fieldId"), value);
            }
            return this;
        }

        public IssueFacts build() {
            return new IssueFacts(id, key, projectKey, summary, issueType, status, priority, url, reporterKey,
                    assigneeKey, watcherKeys, rasci, dates);
        }
    }

    /** A builder holding these facts, to change some. */
    public Builder toBuilder() {
        Builder b = new Builder(id, key).projectKey(projectKey).summary(summary).issueType(issueType).status(status)
                .priority(priority).url(url).reporter(reporterKey).assignee(assigneeKey).watchers(watcherKeys)
                .rasci(rasci);
        dates.forEach(b::date);
        return b;
    }
}
