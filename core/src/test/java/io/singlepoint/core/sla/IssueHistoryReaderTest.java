package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.singlepoint.core.fixtures.Times;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IssueHistoryReaderTest {

    /** One issue as Jira 10 writes it in a search response with expand=changelog, trimmed of avatar URLs. */
    static final String SD_7 = """
            {"expand":"operations,editmeta,changelog,renderedFields","id":"10007",
             "self":"https://jira.example.com/rest/api/2/issue/10007","key":"SD-7",
             "fields":{"summary":"VPN drops every \\"hour\\"","issuetype":{"name":"Incident","subtask":false},
               "created":"2026-11-03T10:15:30.000+0100","updated":"2026-11-04T16:00:00.000+0100",
               "priority":{"self":"https://jira.example.com/rest/api/2/priority/2","name":"High","id":"2"},
               "status":{"self":"https://jira.example.com/rest/api/2/status/5","description":"",
                 "name":"Resolved","id":"5","statusCategory":{"id":3,"key":"done","name":"Done"}},
               "labels":["vpn","remote"],"customfield_10100":{"value":"Berlin","id":"10200"},
               "description":"line one\\nline two","attachment":[],"watches":{"watchCount":1,"isWatching":false}},
             "changelog":{"startAt":0,"maxResults":3,"total":3,"histories":[
               {"id":"20001","author":{"name":"agent.anna","displayName":"Anna Agent"},
                "created":"2026-11-03T11:00:00.000+0100",
                "items":[{"field":"assignee","fieldtype":"jira","from":null,"fromString":null,
                          "to":"agent.anna","toString":"Anna Agent"},
                         {"field":"status","fieldtype":"jira","from":"1","fromString":"Open",
                          "to":"3","toString":"In Progress"}]},
               {"id":"20002","author":{"name":"agent.anna"},"created":"2026-11-03T14:30:00.000+0100",
                "items":[{"field":"status","fieldtype":"jira","from":"3","fromString":"In Progress",
                          "to":"10001","toString":"Info Requested"}]},
               {"id":"20003","author":{"name":"agent.anna"},"created":"2026-11-04T16:00:00.000+0100",
                "items":[{"field":"resolution","fieldtype":"jira","from":null,"fromString":null,
                          "to":"1","toString":"Fixed"},
                         {"fieldtype":"jira","fromString":"Info Requested","toString":"Resolved","field":"status"}]}]}}""";

    @Nested
    class Layouts {

        @Test
        void a_search_response_yields_its_issues_in_order() {
            List<IssueTimeline> issues = read(page(0, SD_7, issue("SD-8", "2026-11-05T09:00:00.000+0100", "Open")));

            assertThat(issues).extracting(IssueTimeline::key).containsExactly("SD-7", "SD-8");
        }

        @Test
        void pages_one_after_another_are_read_as_one_export() {
            String pages = page(0, SD_7) + "\n" + page(1, issue("SD-8", "2026-11-05T09:00:00.000+0100", "Open"))
                    + "\r\n\t " + page(2, issue("SD-9", "2026-11-05T10:00:00.000+0100", "Open")) + "\n";

            assertThat(read(pages)).extracting(IssueTimeline::key).containsExactly("SD-7", "SD-8", "SD-9");
        }

        @Test
        void a_list_of_issues_is_read_as_well() {
            String array = "[" + SD_7 + "," + issue("SD-8", "2026-11-05T09:00:00.000+0100", "Open") + "]";

            assertThat(read(array)).extracting(IssueTimeline::key).containsExactly("SD-7", "SD-8");
        }

        @Test
        void empty_pages_and_an_empty_list_hold_no_issue() {
            assertThat(read("{\"startAt\":0,\"maxResults\":50,\"total\":0,\"issues\":[]} []")).isEmpty();
        }

        @Test
        void properties_of_the_response_around_the_issues_are_skipped() {
            String response = "{\"expand\":\"names,schema\",\"names\":{\"status\":\"Status\"},"
                    + "\"schema\":{\"status\":{\"type\":\"status\",\"system\":\"status\"}},\"issues\":[" + SD_7
                    + "],\"warningMessages\":[\"The value 'x' does not exist\"],\"total\":1}";

            assertThat(read(response)).extracting(IssueTimeline::key).containsExactly("SD-7");
        }

        @Test
        void issues_come_one_at_a_time() {
            IssueHistoryReader reader = reader(page(0, SD_7) + " {\"issues\": [ broken");

            assertThat(reader.next().key()).isEqualTo("SD-7");
            assertThat(reader.issuesRead()).isEqualTo(1);
            assertThatThrownBy(reader::hasNext).isInstanceOf(IssueHistoryException.class);
        }
    }

    @Nested
    class Timelines {

        @Test
        void a_jira_issue_becomes_its_timeline() {
            IssueTimeline timeline = read(page(0, SD_7)).get(0);

            assertThat(timeline.created()).isEqualTo(Times.at("2026-11-03T09:15:30Z"));
            assertThat(timeline.initialStatus()).isEqualTo("Open");
            assertThat(timeline.changes()).containsExactly(
                    new StatusChange(Times.at("2026-11-03T10:00Z"), "Open", "In Progress"),
                    new StatusChange(Times.at("2026-11-03T13:30Z"), "In Progress", "Info Requested"),
                    new StatusChange(Times.at("2026-11-04T15:00Z"), "Info Requested", "Resolved"));
            assertThat(timeline.fields()).isEmpty();
        }

        @Test
        void histories_out_of_order_are_put_in_time_order_and_the_earliest_gives_the_initial_status() {
            String issue = issue("SD-1", "2026-03-02T09:00:00.000+0100", "Closed",
                    history("2026-03-02T12:00:00.000+0100", "Resolved", "Closed"),
                    history("2026-03-02T09:30:00.000+0100", "New", "In Progress"),
                    history("2026-03-02T11:00:00.000+0100", "In Progress", "Resolved"));

            IssueTimeline timeline = read(page(0, issue)).get(0);

            assertThat(timeline.initialStatus()).isEqualTo("New");
            assertThat(timeline.changes()).extracting(StatusChange::to)
                    .containsExactly("In Progress", "Resolved", "Closed");
        }

        @Test
        void changes_at_the_same_instant_keep_the_order_of_the_input() {
            String issue = issue("SD-1", "2026-03-02T09:00:00.000+0100", "Resolved",
                    history("2026-03-02T10:00:00.000+0100", "Open", "In Progress"),
                    history("2026-03-02T10:00:00.000+0100", "In Progress", "Resolved"));

            assertThat(read(page(0, issue)).get(0).changes()).extracting(StatusChange::to)
                    .containsExactly("In Progress", "Resolved");
        }

        @Test
        void without_a_changelog_the_issue_was_created_in_its_current_status() {
            String noChangelog = "{\"key\":\"SD-2\",\"fields\":{\"created\":\"2026-03-02T09:00:00.000+0100\","
                    + "\"status\":{\"name\":\"Waiting User Response\"}}}";
            String nullChangelog = "{\"key\":\"SD-3\",\"fields\":{\"created\":\"2026-03-02T09:00:00.000+0100\","
                    + "\"status\":{\"name\":\"Open\"}},\"changelog\":null}";

            List<IssueTimeline> issues = read("[" + noChangelog + "," + nullChangelog + "]");

            assertThat(issues).extracting(IssueTimeline::initialStatus).containsExactly("Waiting User Response", "Open");
            assertThat(issues).allSatisfy(issue -> assertThat(issue.changes()).isEmpty());
        }

        @Test
        void without_a_from_string_the_current_status_is_the_initial_one() {
            String issue = issue("SD-1", "2026-03-02T09:00:00.000+0100", "Resolved",
                    "{\"created\":\"2026-03-02T10:00:00.000+0100\",\"items\":[{\"field\":\"status\","
                            + "\"fromString\":null,\"toString\":\"Resolved\"}]}");

            IssueTimeline timeline = read(page(0, issue)).get(0);

            assertThat(timeline.initialStatus()).isEqualTo("Resolved");
            assertThat(timeline.changes()).containsExactly(
                    new StatusChange(Times.at("2026-03-02T09:00Z"), null, "Resolved"));
        }

        @Test
        void without_fields_status_the_latest_change_is_the_current_status() {
            String issue = "{\"key\":\"SD-1\",\"fields\":{\"created\":\"2026-03-02T09:00:00Z\"},\"changelog\":"
                    + "{\"histories\":[" + history("2026-03-02T10:00:00Z", "Open", "In Progress") + "]}}";

            IssueTimeline timeline = read("[" + issue + "]").get(0);

            assertThat(timeline.initialStatus()).isEqualTo("Open");
        }

        @Test
        void only_status_items_count_and_item_properties_may_come_in_any_order() {
            String issue = issue("SD-1", "2026-03-02T09:00:00.000+0100", "In Progress",
                    "{\"items\":[{\"toString\":\"In Progress\",\"fromString\":\"Open\",\"field\":\"status\"},"
                            + "{\"toString\":\"Blocked\",\"field\":\"Status\"},"
                            + "{\"field\":\"assignee\",\"toString\":\"Anna\"}],"
                            + "\"created\":\"2026-03-02T10:00:00.000+0100\"}");

            assertThat(read(page(0, issue)).get(0).changes()).containsExactly(
                    new StatusChange(Times.at("2026-03-02T09:00Z"), "Open", "In Progress"));
        }

        @Test
        void a_changelog_with_fewer_histories_than_its_total_is_counted_as_cut() {
            String cut = SD_7.replace("\"total\":3", "\"total\":140");
            IssueHistoryReader reader = reader(page(0, SD_7, cut.replace("SD-7", "SD-70")));
            reader.forEachRemaining(issue -> { });

            assertThat(reader.truncatedChangelogs()).isEqualTo(1);
            assertThat(reader.firstTruncatedChangelog()).isEqualTo("SD-70");
        }
    }

    @Nested
    class Timestamps {

        static Stream<Arguments> timestamps() {
            return Stream.of(
                    Arguments.of("2026-11-03T10:15:30.000+0100", "2026-11-03T09:15:30Z"),
                    Arguments.of("2026-07-03T10:15:30.123+0200", "2026-07-03T08:15:30.123Z"),
                    Arguments.of("2026-11-03T10:15:30.000-0530", "2026-11-03T15:45:30Z"),
                    Arguments.of("2026-11-03T09:15:30Z", "2026-11-03T09:15:30Z"),
                    Arguments.of("2026-11-03T09:15:30.5Z", "2026-11-03T09:15:30.500Z"),
                    Arguments.of("2026-11-03T09:15:30.123456789Z", "2026-11-03T09:15:30.123Z"),
                    Arguments.of("2026-11-03T10:15:30+01:00", "2026-11-03T09:15:30Z"),
                    Arguments.of("2026-11-03T10:15:30.000+01:00", "2026-11-03T09:15:30Z"),
                    Arguments.of("2026-11-03T10:15+01:00", "2026-11-03T09:15:00Z"),
                    Arguments.of("2026-11-03T10:15:30+0100", "2026-11-03T09:15:30Z"),
                    Arguments.of("2026-11-03T10:15:30.000+01:00[Europe/Berlin]", "2026-11-03T09:15:30Z"),
                    Arguments.of("2026-11-03t09:15:30z", "2026-11-03T09:15:30Z"),
                    Arguments.of("2024-02-29T23:59:59.999+0000", "2024-02-29T23:59:59.999Z"),
                    Arguments.of("0001-01-01T00:00:00.000Z", "0001-01-01T00:00:00Z"),
                    Arguments.of("9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"),
                    Arguments.of("1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("timestamps")
        void jira_and_iso_timestamps_are_read_to_the_millisecond(String text, String expected) {
            String issue = "{\"key\":\"SD-1\",\"fields\":{\"created\":\"" + text + "\",\"status\":{\"name\":\"Open\"}}}";

            assertThat(read("[" + issue + "]").get(0).created()).isEqualTo(Instant.parse(expected));
            assertThat(IssueHistoryReader.parseTimestamp(text)).isEqualTo(Instant.parse(expected));
        }

        static Stream<String> not_timestamps() {
            return Stream.of("", "yesterday", "2026-11-03", "2026-11-03 10:15:30", "2026-11-03T10:15:30",
                    "2026-13-03T10:15:30.000+0100", "2026-02-29T10:15:30.000+0100", "2026-11-03T24:00:00.000+0100",
                    "2026-11-03T10:15:30.000+2500", "2026-11-03T10:15:30.000+01",
                    "+12026-11-03T10:15:30.000Z", "0000-12-31T23:59:59Z", "10000-01-01T00:00:00Z",
                    "2026-11-03T10:15:30.000+0100 ");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @MethodSource("not_timestamps")
        void anything_else_is_an_error_naming_the_value(String text) {
            String issue = "{\"key\":\"SD-1\",\"fields\":{\"created\":\"" + text + "\",\"status\":{\"name\":\"Open\"}}}";

            assertThatThrownBy(() -> IssueHistoryReader.parseTimestamp(text)).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> read("[" + issue + "]"))
                    .isInstanceOf(IssueHistoryException.class)
                    .hasMessage("export.json:1:36: issue SD-1: fields.created \"" + text + "\" is not a timestamp such as"
                            + " \"2026-11-03T10:15:30.000+0100\" or \"2026-11-03T09:15:30Z\"");
        }
    }

    @Nested
    class Fields {

        private static final String FIELDS = """
                {"key":"SD-1","fields":{"created":"2026-03-02T09:00:00Z","status":{"name":"Open"},
                 "priority":{"name":"High","id":"2"},
                 "customfield_10100":{"value":"Berlin","id":"10200","child":{"value":"Mitte"}},
                 "customfield_10101":"Gold",
                 "customfield_10102":3.5,
                 "components":[{"name":"VPN"},{"name":"Mail"},{"id":"3"}],
                 "labels":["vpn","remote",["nested"]],
                 "customfield_10103":null,
                 "customfield_10104":{"id":"7"},
                 "customfield_10105":[],
                 "environment":"not matched, so not kept"}}""";

        @Test
        void matched_fields_keep_their_values_by_the_design_rule() {
            IssueTimeline timeline = read("[" + FIELDS + "]", Set.of("priority", "customfield_10100",
                    "customfield_10101", "customfield_10102", "components", "labels", "customfield_10103",
                    "customfield_10104", "customfield_10105", "customfield_99999")).get(0);

            assertThat(timeline.fields()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "priority", List.of("High"),
                    "customfield_10100", List.of("Berlin"),
                    "customfield_10101", List.of("Gold"),
                    "customfield_10102", List.of("3.5"),
                    "components", List.of("VPN", "Mail"),
                    "labels", List.of("vpn", "remote"),
                    "customfield_10103", List.of(),
                    "customfield_10104", List.of(),
                    "customfield_10105", List.of()));
        }

        @Test
        void status_and_created_can_be_matched_on_too() {
            IssueTimeline timeline = read("[" + FIELDS + "]", Set.of("status", "created")).get(0);

            assertThat(timeline.fields()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "status", List.of("Open"), "created", List.of("2026-03-02T09:00:00Z")));
            assertThat(timeline.initialStatus()).isEqualTo("Open");
        }

        @Test
        void fields_no_goal_matches_on_are_not_kept() {
            assertThat(read("[" + FIELDS + "]", Set.of()).get(0).fields()).isEmpty();
        }

        @Test
        void goals_match_on_the_values_read() {
            Goal high = new Goal(Map.of("priority", Set.of("high")), java.time.Duration.ofHours(4),
                    BusinessCalendar.ALWAYS);

            assertThat(high.matches(read("[" + FIELDS + "]", Set.of("priority")).get(0).fields())).isTrue();
        }
    }

    @Nested
    class Errors {

        @Test
        void the_message_names_the_source_the_position_and_the_issue() {
            IssueHistoryException e = new IssueHistoryException("export.json", "SD-7", 12, 5, "reason");

            assertThat(e).hasMessage("export.json:12:5: issue SD-7: reason");
            assertThat(new IssueHistoryException("export.json", null, 0, 0, "reason")).hasMessage("export.json: reason");
        }

        @Test
        void broken_json_inside_an_issue_names_its_key_line_and_column() {
            String broken = page(0, SD_7, SD_7.replace("SD-7", "SD-8").replace("\"total\":3,", "\"total\":3,,"));

            assertThatThrownBy(() -> read(broken))
                    .isInstanceOf(IssueHistoryException.class)
                    .hasMessageStartingWith("export.json:34:52: issue SD-8: not valid JSON: Unexpected character (',' (code 44)):")
                    .satisfies(e -> {
                        IssueHistoryException history = (IssueHistoryException) e;
                        assertThat(history.source()).isEqualTo("export.json");
                        assertThat(history.issueKey()).isEqualTo("SD-8");
                        assertThat(history.line()).isEqualTo(34);
                        assertThat(history.column()).isEqualTo(52);
                    });
        }

        @Test
        void a_bad_timestamp_in_a_history_names_its_path() {
            String broken = SD_7.replace("2026-11-03T14:30:00.000+0100", "2026-11-03T14:30");

            assertThatThrownBy(() -> read(page(0, broken)))
                    .hasMessage("export.json:18:59: issue SD-7: changelog.histories[1].created \"2026-11-03T14:30\" is"
                            + " not a timestamp such as \"2026-11-03T10:15:30.000+0100\" or \"2026-11-03T09:15:30Z\"");
        }

        @Test
        void a_cut_input_says_where_it_ends() {
            String cut = page(0, SD_7).substring(0, 400);

            assertThatThrownBy(() -> read(cut))
                    .isInstanceOf(IssueHistoryException.class)
                    .hasMessageContaining("issue SD-7: not valid JSON: Unexpected end-of-input");
        }

        @Test
        void garbage_between_pages_names_the_last_issue_read() {
            assertThatThrownBy(() -> read(page(0, SD_7) + "\n<html>"))
                    .hasMessage("export.json:26:1: not valid JSON: Unexpected character ('<' (code 60)):"
                            + " expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or"
                            + " 'false') (after issue SD-7)");
        }

        static Stream<Arguments> bad_exports() {
            return Stream.of(
                    Arguments.of("", "export.json:1:1: empty: expected a Jira search response {\"issues\": [...]} or a"
                            + " list of issues"),
                    Arguments.of("  \n ", "export.json:2:2: empty: expected a Jira search response {\"issues\": [...]}"
                            + " or a list of issues"),
                    Arguments.of("42", "export.json:1:1: expected a Jira search response {\"issues\": [...]} or a"
                            + " list of issues, not a number"),
                    Arguments.of("{\"startAt\":0}", "export.json:1:1: a JSON object without \"issues\": not a Jira"
                            + " search response"),
                    Arguments.of("{\"errorMessages\":[\"Field 'x' does not exist or you do not have permission.\"],"
                            + "\"errors\":{}}", "export.json:1:1: a Jira error response, not search results: Field"
                            + " 'x' does not exist or you do not have permission."),
                    Arguments.of("{\"issues\":{}}", "export.json:1:11: issues is a list of issues, not an object"),
                    Arguments.of("[\"SD-1\"]", "export.json:1:2: an issue is an object with key, fields and"
                            + " changelog, not a string"),
                    Arguments.of("[{\"fields\":{}}]", "export.json:1:2: an issue without \"key\""),
                    Arguments.of("[{\"key\":7}]", "export.json:1:9: key is an issue key such as \"SD-7\", not a"
                            + " number"),
                    Arguments.of("[{\"key\":\"SD-1\"}]", "export.json:1:2: issue SD-1: no \"fields\": the export"
                            + " needs at least created and status"),
                    Arguments.of("[{\"key\":\"SD-1\",\"fields\":{\"status\":{\"name\":\"Open\"}}}]",
                            "export.json:1:2: issue SD-1: no fields.created: when the issue was created is needed"),
                    Arguments.of("[{\"key\":\"SD-1\",\"fields\":{\"created\":\"2026-03-02T09:00:00Z\"}}]",
                            "export.json:1:2: issue SD-1: no fields.status.name and no status change: the issue's"
                                    + " status is unknown"),
                    Arguments.of("[{\"key\":\"SD-1\",\"fields\":[]}]", "export.json:1:25: issue SD-1: fields is an"
                            + " object, not a list"),
                    Arguments.of("[{\"key\":\"SD-1\",\"fields\":{\"created\":1772442000000}}]", "export.json:1:36:"
                            + " issue SD-1: fields.created is a timestamp such as \"2026-11-03T10:15:30.000+0100\","
                            + " not a number"),
                    Arguments.of("[{\"key\":\"SD-1\",\"changelog\":{\"histories\":{}}}]", "export.json:1:41: issue"
                            + " SD-1: changelog.histories is a list, not an object"),
                    Arguments.of("[{\"key\":\"SD-1\",\"changelog\":{\"histories\":[{\"items\":[{\"field\":\"status\","
                            + "\"toString\":\"Open\"}]}]}}]", "export.json:1:42: issue SD-1: changelog.histories[0]"
                            + " changes the status but has no created"),
                    Arguments.of("[{\"key\":\"SD-1\",\"changelog\":{\"histories\":[{\"created\":\"2026-03-02T09:00:00Z\","
                            + "\"items\":[{\"field\":\"status\",\"toString\":null}]}]}}]", "export.json:1:42: issue"
                            + " SD-1: changelog.histories[0].items[0] changes the status but has no toString"),
                    Arguments.of("[{\"key\":\"SD-1\",\"changelog\":{\"histories\":[{\"items\":[7]}]}}]",
                            "export.json:1:52: issue SD-1: changelog.histories[0].items[0] is an object, not a number"),
                    Arguments.of(new String(new byte[] {(byte) 0xC3, (byte) 0x28}, StandardCharsets.ISO_8859_1),
                            "export.json:1:3: not valid JSON: Unrecognized token '\u00c3': was expecting"),
                    Arguments.of("{\"issues\":[{\"key\":\"SD-1\",\"fields\":{\"x\":" + "[".repeat(2000),
                            "export.json:1:1037: issue SD-1: not valid JSON: Document nesting depth (1001) exceeds the"
                                    + " maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)"));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("bad_exports")
        void bad_exports_are_reported_with_what_and_where(String export, String message) {
            assertThatThrownBy(() -> read(export.getBytes(StandardCharsets.ISO_8859_1), Set.of()))
                    .isInstanceOf(IssueHistoryException.class)
                    .hasMessageStartingWith(message);
        }

        @Test
        void after_an_error_the_reader_has_no_more_issues() {
            IssueHistoryReader reader = reader("[{\"key\":7}]");

            assertThatThrownBy(reader::hasNext).isInstanceOf(IssueHistoryException.class);
            assertThat(reader.hasNext()).isFalse();
        }
    }

    static String page(int startAt, String... issues) {
        return "{\"expand\":\"schema,names\",\"startAt\":" + startAt + ",\"maxResults\":50,\"total\":" + issues.length
                + ",\"issues\":[\n" + String.join(",\n", issues) + "\n]}";
    }

    static String issue(String key, String created, String status, String... histories) {
        return "{\"key\":\"" + key + "\",\"fields\":{\"created\":\"" + created + "\",\"status\":{\"name\":\"" + status
                + "\"}},\"changelog\":{\"startAt\":0,\"maxResults\":" + histories.length + ",\"total\":"
                + histories.length + ",\"histories\":[" + String.join(",", histories) + "]}}";
    }

    static String history(String at, String from, String to) {
        return "{\"author\":{\"name\":\"agent\"},\"created\":\"" + at + "\",\"items\":[{\"field\":\"status\","
                + "\"fieldtype\":\"jira\",\"fromString\":\"" + from + "\",\"toString\":\"" + to + "\"}]}";
    }

    static List<IssueTimeline> read(String json) {
        return read(json, Set.of());
    }

    static List<IssueTimeline> read(String json, Set<String> fields) {
        return read(json.getBytes(StandardCharsets.UTF_8), fields);
    }

    static List<IssueTimeline> read(byte[] json, Set<String> fields) {
        List<IssueTimeline> issues = new ArrayList<>();
        try (IssueHistoryReader reader = IssueHistoryReader.open(new ByteArrayInputStream(json), "export.json", fields)) {
            reader.forEachRemaining(issues::add);
        }
        return issues;
    }

    static IssueHistoryReader reader(String json) {
        return IssueHistoryReader.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "export.json",
                Set.of());
    }
}
