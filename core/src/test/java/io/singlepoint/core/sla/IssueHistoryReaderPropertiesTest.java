package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of {@link IssueHistoryReader}: whatever the bytes, only {@link IssueHistoryException} escapes, in time
 * linear in the input; and what Jira writes is read back as the timeline it describes.
 */
class IssueHistoryReaderPropertiesTest {

    private static final Set<String> FIELDS = Set.of("priority", "labels");
    private static final List<String> FRAGMENTS = List.of(
            "{", "}", "[", "]", ",", ":", " ", "\n", "null", "true", "0", "-1", "1e999", "12345678901234567890123",
            "\"\"", "\"x\"", "\"\\u00e9\\ud800\"", "\"\\", "\uFEFF", "\u00e9",
            "{\"issues\":[", "{\"startAt\":0,\"issues\":[", "{\"errorMessages\":[\"no\"]}",
            "{\"key\":\"SD-1\",", "\"key\":", "\"fields\":{", "\"created\":", "\"2026-03-02T09:00:00.000+0100\"",
            "\"2026-03-02T09:00:00Z\"", "\"2026-02-30T09:00:00.000+0100\"", "\"status\":{\"name\":\"Open\"}",
            "\"priority\":", "{\"name\":\"High\"}", "{\"value\":7}", "\"labels\":[\"a\",[1],{}]",
            "\"changelog\":{\"total\":9,\"histories\":[", "\"histories\":", "{\"created\":\"2026-03-02T10:00:00Z\",",
            "\"items\":[", "{\"field\":\"status\",\"fromString\":\"Open\",\"toString\":\"Done\"}",
            "{\"field\":\"status\",\"toString\":null}", "{\"toString\":\"Done\",\"field\":\"assignee\"}");

    @Property(tries = 2000)
    void only_an_issue_history_exception_escapes_for_any_bytes(@ForAll @Size(max = 300) byte[] bytes) {
        readSafely(bytes);
    }

    @Property(tries = 3000)
    void only_an_issue_history_exception_escapes_for_any_json_like_text(@ForAll("jsonLike") String text) {
        readSafely(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 2000)
    void only_an_issue_history_exception_escapes_for_a_damaged_export(@ForAll("damaged") byte[] bytes) {
        readSafely(bytes);
    }

    @Property(tries = 300)
    void what_jira_writes_is_read_back_as_the_timeline_it_describes(@ForAll("exports") Export export) {
        List<IssueTimeline> read = new ArrayList<>();
        try (IssueHistoryReader reader = open(export.json().getBytes(StandardCharsets.UTF_8))) {
            reader.forEachRemaining(read::add);
        }

        assertThat(read).containsExactlyElementsOf(export.timelines());
    }

    @Example
    void large_hostile_inputs_are_read_or_rejected_in_time_linear_in_their_size() {
        int size = 2 << 20;
        List<byte[]> inputs = List.of(
                ("{\"issues\":[{\"key\":\"" + "x".repeat(size) + "\"}]}").getBytes(StandardCharsets.UTF_8),
                ("{\"issues\":[{\"key\":\"SD-1\",\"skipped\":" + "[0,".repeat(999) + "0" + "]".repeat(999) + "}]}")
                        .repeat(size / 4000).getBytes(StandardCharsets.UTF_8),
                ("{\"issues\":[{\"key\":\"SD-1\",\"fields\":{\"x\":1" + "0".repeat(size) + "}}]}")
                        .getBytes(StandardCharsets.UTF_8),
                uniqueFieldNames(size / 20),
                manyHistories(size / 200),
                "[".repeat(size).getBytes(StandardCharsets.UTF_8),
                " ".repeat(size).getBytes(StandardCharsets.UTF_8));
        for (byte[] input : inputs) {
            long start = System.nanoTime();
            readSafely(input);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("reading %d bytes starting %s", input.length,
                    new String(input, 0, 40, StandardCharsets.UTF_8)).isLessThan(Duration.ofSeconds(3));
        }
    }

    private static byte[] uniqueFieldNames(int count) {
        StringBuilder json = new StringBuilder("{\"issues\":[{\"key\":\"SD-1\",\"fields\":{");
        for (int i = 0; i < count; i++) {
            json.append("\"customfield_").append(i).append("\":").append(i).append(',');
        }
        return json.append("\"created\":\"2026-03-02T09:00:00Z\",\"status\":\"Open\"}}]}")
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] manyHistories(int count) {
        StringBuilder json = new StringBuilder("[{\"key\":\"SD-1\",\"fields\":{\"created\":\"2026-03-02T09:00:00Z\","
                + "\"status\":{\"name\":\"Open\"}},\"changelog\":{\"histories\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"created\":\"2026-03-02T10:00:00.000+0100\",\"items\":[{\"field\":"
                    + "\"status\",\"fromString\":\"Open\",\"toString\":\"Open\"}]}");
        }
        return json.append("]}}]").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads everything; an {@link IssueHistoryException} is fine, anything else fails the property. */
    private static void readSafely(byte[] bytes) {
        try (IssueHistoryReader reader = open(bytes)) {
            while (reader.hasNext()) {
                assertThat(reader.next().key()).isNotEmpty();
            }
        } catch (IssueHistoryException e) {
            assertThat(e.getMessage()).startsWith("export.json");
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
            assertThat(e.reason()).isNotBlank();
        }
    }

    private static IssueHistoryReader open(byte[] bytes) {
        InputStream in = new ByteArrayInputStream(bytes);
        return IssueHistoryReader.open(in, "export.json", FIELDS);
    }

    @Provide
    Arbitrary<String> jsonLike() {
        return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(3))
                .list().ofMaxSize(60)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        byte[] valid = Export.of(List.of(
                        new Issue("SD-1", 1_772_442_000_000L, "Closed", List.of("High"),
                                List.of(new Change(1_772_445_600_000L, "Open", "Resolved"),
                                        new Change(1_772_449_200_000L, "Resolved", "Closed"))),
                        new Issue("SD-2", 1_772_442_000_000L, "Open", List.of(), List.of())),
                true, 1, Arrays.asList(true, false, true, false, true))
                .json().getBytes(StandardCharsets.UTF_8);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length - 1);
        return Combinators.combine(position, Arbitraries.integers().between(0, 3), Arbitraries.bytes())
                .as((at, kind, value) -> switch (kind) {
                    case 0 -> Arrays.copyOf(valid, at);
                    case 1 -> {
                        byte[] changed = valid.clone();
                        changed[at] = value;
                        yield changed;
                    }
                    case 2 -> {
                        byte[] cut = new byte[valid.length - 1];
                        System.arraycopy(valid, 0, cut, 0, at);
                        System.arraycopy(valid, at + 1, cut, at, valid.length - at - 1);
                        yield cut;
                    }
                    default -> {
                        byte[] longer = new byte[valid.length + 1];
                        System.arraycopy(valid, 0, longer, 0, at);
                        longer[at] = value;
                        System.arraycopy(valid, at, longer, at + 1, valid.length - at);
                        yield longer;
                    }
                });
    }

    @Provide
    Arbitrary<Export> exports() {
        Arbitrary<Long> instants = Arbitraries.longs().between(946_684_800_000L, 4_102_444_800_000L);
        Arbitrary<String> statuses = Arbitraries.of("Open", "In Progress", "Info Requested", "Waiting User Response",
                "Resolved", "Closed", "Réouvert \"quoted\"", "Back\\slash\n");
        Arbitrary<Change> changes = Combinators.combine(instants, statuses, statuses).as(Change::new);
        Arbitrary<Issue> issues = Combinators.combine(
                        Arbitraries.integers().between(1, 99_999).map(n -> "SD-" + n),
                        instants, statuses,
                        Arbitraries.of("Highest", "High", "Medium", "Low").list().ofMaxSize(2),
                        changes.list().ofMaxSize(6))
                .as(Issue::new);
        return Combinators.combine(issues.list().ofMaxSize(8), Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 4), Arbitraries.of(true, false).list().ofSize(20))
                .as(Export::of);
    }

    record Change(long at, String from, String to) {
    }

    record Issue(String key, long created, String status, List<String> priority, List<Change> changes) {

        IssueTimeline timeline() {
            List<StatusChange> statusChanges = changes.stream()
                    .map(c -> new StatusChange(Instant.ofEpochMilli(c.at()), c.from(), c.to()))
                    .toList();
            // A field that is there without a value (null) is kept as no values, which matches no goal.
            return IssueTimeline.fromHistory(key, Instant.ofEpochMilli(created), status, statusChanges,
                    Map.of("priority", priority));
        }
    }

    /**
     * Issues written the way Jira writes them, in pages of {@code pageSize} or as one array, with timestamps in Jira's
     * form or in ISO-8601's as {@code choices} says.
     */
    record Export(String json, List<IssueTimeline> timelines) {

        private static final DateTimeFormatter JIRA = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx");

        static Export of(List<Issue> issues, boolean pages, int pageSize, List<Boolean> choices) {
            StringBuilder json = new StringBuilder();
            if (!pages) {
                json.append('[');
            }
            for (int i = 0; i < issues.size(); i++) {
                boolean pageStart = i % pageSize == 0;
                if (pages && pageStart) {
                    json.append(i == 0 ? "" : "]}\n").append("{\"startAt\":").append(i).append(",\"maxResults\":")
                            .append(pageSize).append(",\"total\":").append(issues.size()).append(",\"issues\":[");
                } else if (i > 0) {
                    json.append(',');
                }
                issue(json, issues.get(i), choices.get(i % choices.size()));
            }
            json.append(pages ? (issues.isEmpty() ? "{\"issues\":[]}" : "]}") : "]");
            return new Export(json.toString(), issues.stream().map(Issue::timeline).toList());
        }

        private static void issue(StringBuilder json, Issue issue, boolean jiraTimestamps) {
            json.append("{\"expand\":\"operations,changelog\",\"id\":\"1\",\"key\":").append(quoted(issue.key()))
                    .append(",\"fields\":{\"summary\":\"x\",\"priority\":");
            if (issue.priority().isEmpty()) {
                json.append("null");
            } else if (issue.priority().size() == 1) {
                json.append("{\"self\":\"u\",\"name\":").append(quoted(issue.priority().get(0))).append(",\"id\":\"3\"}");
            } else {
                json.append('[');
                for (int i = 0; i < issue.priority().size(); i++) {
                    json.append(i == 0 ? "" : ",").append("{\"value\":").append(quoted(issue.priority().get(i)))
                            .append('}');
                }
                json.append(']');
            }
            json.append(",\"status\":{\"name\":").append(quoted(issue.status()))
                    .append(",\"statusCategory\":{\"name\":\"To Do\"}},\"created\":")
                    .append(quoted(timestamp(issue.created(), jiraTimestamps)))
                    .append("},\"changelog\":{\"startAt\":0,\"histories\":[");
            for (int i = 0; i < issue.changes().size(); i++) {
                Change change = issue.changes().get(i);
                json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i)
                        .append("\",\"items\":[{\"field\":\"assignee\",\"fromString\":null,\"toString\":\"a\"},")
                        .append("{\"field\":\"status\",\"fieldtype\":\"jira\",\"fromString\":")
                        .append(quoted(change.from())).append(",\"toString\":").append(quoted(change.to()))
                        .append("}],\"created\":").append(quoted(timestamp(change.at(), !jiraTimestamps))).append('}');
            }
            json.append("]}}");
        }

        private static String timestamp(long millis, boolean jira) {
            Instant instant = Instant.ofEpochMilli(millis);
            return jira ? JIRA.format(instant.atOffset(ZoneOffset.ofHoursMinutes(-5, -30))) : instant.toString();
        }

        private static String quoted(String text) {
            StringBuilder out = new StringBuilder();
            SlaResultJson.string(out, text);
            return out.toString();
        }
    }
}
