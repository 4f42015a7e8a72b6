package io.singlepoint.cli.notify;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.singlepoint.cli.BadInputException;
import io.singlepoint.core.notify.IssueFacts;
import io.singlepoint.core.notify.Person;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciJson;
import io.singlepoint.core.sla.IssueHistoryReader;

/**
 * One issue as Jira's REST API returns it ({@code GET /rest/api/2/issue/SD-12}): {@code {"id","key","self",
 * "fields":{...}}}, read into core's {@link IssueFacts} and the users it names (reporter, assignee, and watchers if
 * {@code fields.watches.watchers} holds them, as {@code /rest/api/2/issue/SD-12/watchers} returns them).
 *
 * <p>The RASCI field holds the stored RASCI JSON, as a string (how Jira returns the custom field's value) or inline.
 * A date-time field is Jira's {@code 2026-07-02T08:00:00.000+0200} or ISO-8601; a date field {@code 2026-07-02} is the
 * start of that day in the service desk's zone.
 */
final class IssueJson {

    /**
     * What the file says.
     *
     * @param facts the issue
     * @param users the users it names, by key
     */
    record Read(IssueFacts facts, Map<String, Person> users) {
    }

    /** Which fields to read, and how. */
    record Fields(String rasci, List<String> dates, ZoneId zone, URI baseUrl) {
    }

    private IssueJson() {
    }

    static Read read(InputStream in, String source, Fields wanted) throws IOException {
        JsonNode root = JsonInput.object(in, source);
        String key = JsonInput.text(root, "key");
        String id = JsonInput.text(root, "id");
        if (key == null || id == null) {
            throw new BadInputException(source + ": an issue as /rest/api/2/issue/KEY returns it, with \"id\", \"key\""
                    + " and \"fields\"; this has " + (key == null ? "no key" : "no id"));
        }
        JsonNode fields = root.path("fields");
        if (!fields.isObject()) {
            throw new BadInputException(source + ": issue " + key + ": fields is an object, not missing");
        }
        Map<String, Person> users = new LinkedHashMap<>();
        IssueFacts.Builder facts;
        try {
            facts = IssueFacts.builder(id, key);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source + ": id: " + e.getMessage());
        }
        facts.summary(JsonInput.text(fields, "summary"))
                .status(nameOf(fields, "status") == null ? "Open" : nameOf(fields, "status"))
                .issueType(nameOf(fields, "issuetype"))
                .priority(nameOf(fields, "priority"))
                .reporter(user(fields, "reporter", source, users))
                .assignee(user(fields, "assignee", source, users))
                .watchers(watchers(fields, source, users))
                .rasci(rasci(fields, wanted.rasci(), source, key))
                .url(link(root, key, wanted.baseUrl(), source));
        String project = JsonInput.text(fields.path("project"), "key");
        if (project != null) {
            facts.projectKey(project);
        }
        for (String field : wanted.dates()) {
            facts.date(field, date(fields, field, wanted.zone(), source, key));
        }
        try {
            return new Read(facts.build(), users);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source + ": issue " + key + ": " + e.getMessage());
        }
    }

    private static String nameOf(JsonNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : value.isObject() ? JsonInput.text(value, "name")
                : JsonInput.text(fields, name);
    }

    private static String user(JsonNode fields, String name, String source, Map<String, Person> users) {
        Person person = JsonInput.user(fields.get(name), source, "fields." + name);
        if (person == null) {
            return null;
        }
        users.putIfAbsent(person.key(), person);
        return person.key();
    }

    private static List<String> watchers(JsonNode fields, String source, Map<String, Person> users) {
        List<String> keys = new ArrayList<>();
        JsonNode list = fields.path("watches").path("watchers");
        for (int i = 0; i < list.size(); i++) {
            Person person = JsonInput.user(list.get(i), source, "fields.watches.watchers[" + i + "]");
            if (person != null) {
                users.putIfAbsent(person.key(), person);
                keys.add(person.key());
            }
        }
        return keys;
    }

    private static RasciAssignment rasci(JsonNode fields, String field, String source, String key) {
        JsonNode value = fields.get(field);
        if (value == null || value.isNull()) {
            return RasciAssignment.EMPTY;
        }
        try {
            return RasciJson.read(value.isTextual() ? value.asText() : value.toString());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source + ": issue " + key + ": fields." + field + " (the RASCI field; see"
                    + " --rasci-field): " + e.getMessage());
        }
    }

    private static Instant date(JsonNode fields, String field, ZoneId zone, String source, String key) {
        String text = JsonInput.text(fields, field);
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
                    : IssueHistoryReader.parseTimestamp(text);
        } catch (DateTimeException e) {
            throw new BadInputException(source + ": issue " + key + ": fields." + field + " \"" + text + "\" is not a"
                    + " date (2026-07-02) or date-time (2026-07-02T08:00:00.000+0200)");
        }
    }

    /** The issue's page: {@code --base-url}, else what precedes {@code /rest/api/} in {@code self}. */
    private static URI link(JsonNode root, String key, URI baseUrl, String source) {
        String base = baseUrl != null ? baseUrl.toString() : null;
        String self = JsonInput.text(root, "self");
        if (base == null && self != null && self.contains("/rest/api/")) {
            base = self.substring(0, self.indexOf("/rest/api/"));
        }
        if (base == null) {
            return null;
        }
        try {
            URI url = new URI(base.replaceAll("/+$", "") + "/browse/" + key);
            return "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()) ? url : null;
        } catch (URISyntaxException e) {
            throw new BadInputException(source + ": issue " + key + ": \"" + base + "\" is not a base URL such as"
                    + " https://jira.example.com");
        }
    }
}
