package io.singlepoint.cli.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.singlepoint.cli.SinglePointCommand;

import picocli.CommandLine;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code singlepoint sla replay}, run in-process as the launcher runs it, with stdout and stderr captured. */
class ReplayCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SAMPLE_ISSUES = 340;

    /** One SLA on 24x7: starts on create, pauses in Waiting User Response, stops in Resolved. */
    static final String CONFIG = """
            {"slas":[{"id":"ttr","name":"Time to resolution","start":{"onCreate":true},
              "pause":{"statuses":["Waiting User Response"]},"stop":{"statuses":["Resolved"]},
              "goals":[{"match":{"priority":["High"]},"target":"PT2H"},{"match":{},"target":"PT8H"}]}]}""";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Nested
    class The_bundled_sample {

        @Test
        void replays_with_no_argument_to_a_table_of_its_three_slas() {
            int exit = run("sla", "replay");

            assertThat(exit).isZero();
            assertThat(out.toString())
                    .startsWith("SLA replay of sample/service-desk-export.json against sample/sla-config.json as of"
                            + " 2026-06-30T12:00:00Z: 340 issues\n")
                    .containsPattern("\\n  ttfr  Time to first response +340 +340 +\\d+\\.\\d% ")
                    .containsPattern("\\n  ttr   Time to resolution +340 +\\d+ +\\d+\\.\\d% ")
                    .containsPattern("\\n  ttc   Time to close +\\d+ +\\d+ +\\d+\\.\\d% ")
                    .contains("met %: completed cycles with a target that did not breach it")
                    .contains("Breached: ttr  Time to resolution");
            assertThat(err.toString()).isEmpty();
        }

        @Test
        void is_a_realistic_mix_most_met_some_breached_some_waiting_on_the_user() throws IOException {
            run("sla", "replay", "--format", "json");
            Map<String, Integer> states = new TreeMap<>();
            int cycles = 0;
            int breached = 0;
            for (JsonNode result : results()) {
                states.merge(result.get("sla").asText() + " " + result.get("state").asText(), 1, Integer::sum);
                for (JsonNode cycle : result.get("cycles")) {
                    cycles++;
                    breached += cycle.get("breached").asBoolean() ? 1 : 0;
                }
            }

            assertThat(breached).isBetween(cycles / 50, cycles / 5);
            assertThat(states).containsKeys("ttr COMPLETED", "ttr RUNNING", "ttr PAUSED", "ttc NOT_STARTED",
                    "ttc PAUSED");
            assertThat(states.get("ttr COMPLETED")).isGreaterThan(SAMPLE_ISSUES * 8 / 10);
        }

        @Test
        void is_measured_to_its_export_time_unless_now_is_given() {
            run("sla", "replay", "--format", "json");
            String atExport = out.toString();
            out.getBuffer().setLength(0);

            run("sla", "replay", "--format", "json", "--now", "2026-07-01T12:00:00Z");

            assertThat(out.toString()).isNotEqualTo(atExport);
        }

        @Test
        void is_what_an_export_given_as_a_file_uses_for_its_configuration() throws IOException {
            Path export = write("export.json", page(0, issue("SD-1", "2026-03-02T10:00:00.000+0100", "Highest",
                    history("2026-03-02T10:20:00.000+0100", "Open", "In Progress"))));

            int exit = run("sla", "replay", "--format", "json", "--now", "2026-03-02T12:00:00Z", export.toString());

            assertThat(exit).isZero();
            assertThat(results()).extracting(r -> r.get("sla").asText()).containsExactly("ttfr", "ttr", "ttc");
            assertThat(results().get(0).get("cycles").get(0).get("targetMillis").asLong()).isEqualTo(30 * 60_000);
        }
    }

    @Nested
    class Formats {

        @Test
        void json_is_one_line_per_issue_and_sla_with_exactly_the_design_fields() throws IOException {
            int exit = run("sla", "replay", "--format", "json");

            assertThat(exit).isZero();
            List<JsonNode> results = results();
            assertThat(results).hasSize(SAMPLE_ISSUES * 3);
            for (JsonNode result : results) {
                assertThat(names(result)).containsExactly("issue", "sla", "state", "cycles");
                for (JsonNode cycle : result.get("cycles")) {
                    assertThat(names(cycle)).containsExactly("start", "stop", "elapsedMillis", "pausedMillis",
                            "targetMillis", "breached", "breachAt");
                    assertThat(cycle.get("start").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z");
                }
            }
            assertThat(results.get(0).get("issue").asText()).isEqualTo("SD-1");
        }

        @Test
        void csv_has_a_header_and_one_row_per_cycle_or_per_result_without_one() throws IOException {
            run("sla", "replay", "--format", "json");
            long expectedRows = results().stream().mapToLong(r -> Math.max(1, r.get("cycles").size())).sum();
            out.getBuffer().setLength(0);

            int exit = run("sla", "replay", "--format", "CSV");

            assertThat(exit).isZero();
            List<String> lines = out.toString().lines().toList();
            assertThat(lines.get(0)).isEqualTo("issue,sla,state,cycle,start,stop,elapsedMillis,pausedMillis,"
                    + "targetMillis,breached,breachAt");
            assertThat(lines).hasSize((int) expectedRows + 1);
            assertThat(out.toString()).contains("\r\n");
            assertThat(lines).anyMatch(line -> line.matches("SD-\\d+,ttc,NOT_STARTED,,,,,,,,"));
        }

        @Test
        void csv_quotes_fields_as_rfc_4180_says() throws IOException {
            Path export = write("export.json", "[" + issue("SD-1,\"x\"", "2026-03-02T09:00:00Z", "High") + "]");

            run("sla", "replay", "--config", config(), "--format", "csv", "--now", "2026-03-02T10:00:00Z",
                    export.toString());

            assertThat(out.toString().lines().skip(1)).containsExactly(
                    "\"SD-1,\"\"x\"\"\",ttr,RUNNING,1,2026-03-02T09:00:00Z,,3600000,0,7200000,false,2026-03-02T11:00:00Z");
        }

        @Test
        void an_unknown_format_is_bad_input() {
            int exit = run("sla", "replay", "--format", "xml");

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString()).contains("Invalid value for option '--format': 'xml' is not a format: write"
                    + " table, json or csv");
        }
    }

    @Nested
    class Inputs {

        private final String first = issue("SD-1", "2026-03-02T09:00:00.000+0100", "High",
                history("2026-03-02T09:30:00.000+0100", "Open", "Waiting User Response"),
                history("2026-03-02T10:30:00.000+0100", "Waiting User Response", "In Progress"));
        private final String second = issue("SD-2", "2026-03-02T09:00:00.000+0100", "Low",
                history("2026-03-02T12:00:00.000+0100", "Open", "Resolved"));

        @Test
        void pages_one_after_another_and_an_array_of_issues_replay_alike() throws IOException {
            Path pages = write("pages.json", page(0, first) + "\n" + page(1, second) + "\n");
            Path array = write("array.json", "[" + first + ",\n" + second + "]");

            run("sla", "replay", "--config", config(), "--format", "json", "--now", "2026-03-02T12:00:00Z",
                    pages.toString());
            String fromPages = out.toString();
            out.getBuffer().setLength(0);
            run("sla", "replay", "--config", config(), "--format", "json", "--now", "2026-03-02T12:00:00Z",
                    array.toString());

            assertThat(out.toString()).isEqualTo(fromPages).isEqualTo("""
                    {"issue":"SD-1","sla":"ttr","state":"RUNNING","cycles":[{"start":"2026-03-02T08:00:00Z",\
                    "stop":null,"elapsedMillis":10800000,"pausedMillis":3600000,"targetMillis":7200000,\
                    "breached":true,"breachAt":"2026-03-02T11:00:00Z"}]}
                    {"issue":"SD-2","sla":"ttr","state":"COMPLETED","cycles":[{"start":"2026-03-02T08:00:00Z",\
                    "stop":"2026-03-02T11:00:00Z","elapsedMillis":10800000,"pausedMillis":0,"targetMillis":28800000,\
                    "breached":false,"breachAt":null}]}
                    """);
        }

        @Test
        void a_changelog_cut_by_jira_is_replayed_with_a_warning() throws IOException {
            Path export = write("export.json", page(0, first.replace("\"total\":2", "\"total\":140")));

            int exit = run("sla", "replay", "--config", config(), "--format", "json", export.toString());

            assertThat(exit).isZero();
            assertThat(err.toString()).isEqualTo("singlepoint: warning: " + export + ": issue SD-1 has a changelog"
                    + " with fewer histories than its total: Jira cut it, and SLAs miss the status changes left out\n");
        }

        @Test
        void a_dash_reads_stdin() throws IOException {
            InputStream stdin = System.in;
            try {
                System.setIn(new ByteArrayInputStream(page(0, first, second).getBytes(StandardCharsets.UTF_8)));
                int exit = run("sla", "replay", "--config", config(), "--format", "json", "-");

                assertThat(exit).isZero();
                assertThat(results()).extracting(r -> r.get("issue").asText()).containsExactly("SD-1", "SD-2");
            } finally {
                System.setIn(stdin);
            }
        }

        @Test
        void now_in_iso_or_jira_form_moves_the_end_of_running_cycles() throws IOException {
            Path export = write("export.json", page(0, first));

            // Created 08:00Z, waiting on the user 08:30Z to 09:30Z, then in progress.
            run("sla", "replay", "--config", config(), "--format", "json", "--now", "2026-03-02T08:45:00Z",
                    export.toString());
            run("sla", "replay", "--config", config(), "--format", "json", "--now", "2026-03-02T11:30:00.000+0100",
                    export.toString());
            run("sla", "replay", "--config", config(), "--format", "json", "--now", "2026-03-02T12:30:00+01:00",
                    export.toString());

            assertThat(results()).extracting(r -> r.get("cycles").get(0).get("elapsedMillis").asLong())
                    .containsExactly(1_800_000L, 5_400_000L, 9_000_000L);
            assertThat(results()).extracting(r -> r.get("state").asText())
                    .containsExactly("PAUSED", "RUNNING", "RUNNING");
        }

        @Test
        void output_goes_to_the_file_instead_of_stdout() throws IOException {
            Path report = dir.resolve("report.csv");

            int exit = run("sla", "replay", "--format", "csv", "--output", report.toString());

            assertThat(exit).isZero();
            assertThat(out.toString()).isEmpty();
            assertThat(Files.readAllLines(report)).first().asString().startsWith("issue,sla,state,cycle");
            assertThat(Files.list(dir)).containsExactly(report);
        }

        @Test
        void a_failed_run_leaves_an_existing_output_file_as_it_was_and_no_partial_one() throws IOException {
            Path report = write("report.csv", "old report\n");
            Path broken = write("broken.json", page(0, first, "{\"key\":\"SD-2\",\"fields\":{"));

            int exit = run("sla", "replay", "--config", config(), "-o", report.toString(), broken.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(Files.readString(report)).isEqualTo("old report\n");
            assertThat(Files.list(dir)).containsExactlyInAnyOrder(report, broken, dir.resolve("config.json"));
        }
    }

    @Nested
    class Bad_input {

        @Test
        void a_bad_configuration_exits_2_with_every_problem_and_the_file_name() throws IOException {
            Path config = write("slas.json", """
                    {"calendars":{"berlin-office":{"zone":"Europe/Berlin","week":{"MONDAY":["09:00-17:00"]}}},
                     "slas":[{"id":"ttr","name":"Time to resolution","start":{"onCreate":true},"stop":{"statuses":["Resolved"]},
                       "goals":[{"match":{},"target":"P1M","calendar":"berlin-office"},
                                {"match":{},"target":"PT4H","calendar":"berlin"}]},
                      {"id":"ttc","name":"Time to close","start":{"stauses":["Resolved"]}}]}""");

            int exit = run("sla", "replay", "--config", config.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString().lines()).containsExactly(
                    "singlepoint: " + config + ": slas[0].goals[0].target: \"P1M\" is not an ISO-8601 duration such"
                            + " as \"PT4H\", \"P3D\" or \"P1DT12H\" (months and years have no fixed length: write"
                            + " days, P30D)",
                    "singlepoint: " + config + ": slas[0].goals[1].calendar: unknown calendar \"berlin\" (known:"
                            + " berlin-office, 24x7)",
                    "singlepoint: " + config + ": slas[1].start.stauses: unknown property (expected onCreate,"
                            + " statuses)");
        }

        @Test
        void a_configuration_that_is_not_json_names_line_and_column() throws IOException {
            Path config = write("slas.json", "{\"slas\": [\n  {\"id\": }\n]}");

            int exit = run("sla", "replay", "--config", config.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString()).startsWith("singlepoint: " + config + ": line 2, column 10: not valid JSON:");
        }

        @Test
        void a_malformed_export_exits_2_naming_file_position_and_issue() throws IOException {
            String broken = issue("SD-2", "2026-03-02T09:00:00.000+0100", "High",
                    history("2026-03-02T25:00:00.000+0100", "Open", "In Progress"));
            Path export = write("export.json", page(0, issue("SD-1", "2026-03-02T09:00:00Z", "High"), broken));

            int exit = run("sla", "replay", "--config", config(), export.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString()).isEqualTo("singlepoint: " + export + ":3:246: issue SD-2:"
                    + " changelog.histories[0].created \"2026-03-02T25:00:00.000+0100\" is not a timestamp such as"
                    + " \"2026-11-03T10:15:30.000+0100\" or \"2026-11-03T09:15:30Z\"\n");
        }

        @Test
        void broken_json_exits_2_naming_file_position_and_issue() throws IOException {
            Path export = write("export.json", page(0, issue("SD-1", "2026-03-02T09:00:00Z", "High")
                    .replace("\"fields\":{", "\"fields\":{,")));

            int exit = run("sla", "replay", "--config", config(), export.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString()).startsWith("singlepoint: " + export + ":2:34: issue SD-1: not valid JSON:"
                    + " Unexpected character (',' (code 44))");
        }

        @Test
        void a_missing_input_or_configuration_file_exits_2() {
            assertThat(run("sla", "replay", dir.resolve("nope.json").toString())).isEqualTo(2);
            assertThat(run("sla", "replay", "--config", dir.resolve("nope.json").toString())).isEqualTo(2);

            assertThat(err.toString().lines()).containsExactly(
                    "singlepoint: " + dir.resolve("nope.json") + ": cannot read: no such file or directory",
                    "singlepoint: " + dir.resolve("nope.json") + ": cannot read: no such file or directory");
        }

        @Test
        void a_bad_now_exits_2_naming_the_option_and_the_value() {
            int exit = run("sla", "replay", "--now", "yesterday");

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString()).contains("Invalid value for option '--now': 'yesterday' is not an instant: write"
                    + " ISO-8601 such as 2026-07-01T09:00:00Z or 2026-07-01T11:00:00+02:00, or Jira's"
                    + " 2026-07-01T11:00:00.000+0200");
        }

        @Test
        void an_output_file_that_cannot_be_written_exits_2() {
            String target = dir.resolve("missing-dir").resolve("out.csv").toString();

            int exit = run("sla", "replay", "--output", target);

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("singlepoint: " + target + ": cannot write: no such file or"
                    + " directory\n");
        }
    }

    @Nested
    class Help {

        @Test
        void help_documents_defaults_formats_and_exit_codes() {
            int exit = run("sla", "replay", "--help");

            assertThat(exit).isZero();
            // Help wraps to the terminal's width; compare words, not line breaks.
            assertThat(out.toString().replaceAll("\\s+", " "))
                    .contains("Usage: singlepoint sla replay [-h] [--debug] [--config=FILE] [--format=FORMAT]")
                    .contains("Default: the bundled sample configuration, also when INPUT is given.")
                    .contains("Default: the bundled sample export.")
                    .contains("table: per SLA issues, cycles, met %, breaches")
                    .contains("json: one SLA result object")
                    .contains("Exit codes:")
                    .contains("0 done")
                    .contains("2 bad input, configuration or option");
        }

        @Test
        void sla_alone_lists_replay() {
            assertThat(run("sla")).isZero();
            assertThat(out.toString()).contains("replay");
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private int run(String... args) {
        CommandLine commandLine = SinglePointCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private List<JsonNode> results() throws IOException {
        List<JsonNode> results = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                results.add(MAPPER.readTree(line));
            }
        }
        return results;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String config() throws IOException {
        return write("config.json", CONFIG).toString();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    static String page(int startAt, String... issues) {
        return "{\"startAt\":" + startAt + ",\"maxResults\":50,\"total\":" + issues.length + ",\"issues\":[\n"
                + String.join(",\n", issues) + "\n]}";
    }

    static String issue(String key, String created, String priority, String... histories) {
        String escapedKey = key.replace("\"", "\\\"");
        return "{\"id\":\"1\",\"key\":\"" + escapedKey + "\",\"fields\":{\"created\":\"" + created + "\","
                + "\"priority\":{\"name\":\"" + priority + "\",\"id\":\"2\"},\"status\":{\"name\":\"Open\"}},"
                + "\"changelog\":{\"startAt\":0,\"maxResults\":" + histories.length + ",\"total\":" + histories.length
                + ",\"histories\":[" + String.join(",", histories) + "]}}";
    }

    static String history(String at, String from, String to) {
        return "{\"id\":\"9\",\"author\":{\"name\":\"agent\"},\"created\":\"" + at + "\",\"items\":["
                + "{\"field\":\"status\",\"fieldtype\":\"jira\",\"from\":\"1\",\"fromString\":\"" + from + "\","
                + "\"to\":\"3\",\"toString\":\"" + to + "\"}]}";
    }
}
