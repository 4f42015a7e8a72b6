package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaConfigJsonTest {

    /** The example of DESIGN.md, verbatim. */
    static final String DESIGN_EXAMPLE = """
            {
              "calendars": {
                "berlin-office": { "zone": "Europe/Berlin",
                  "week": { "MONDAY": ["09:00-12:30", "13:30-17:00"], "FRIDAY": ["09:00-15:00"] },
                  "holidays": ["2026-12-24", "2026-12-25"] }
              },
              "slas": [
                { "id": "ttr", "name": "Time to resolution",
                  "start": { "onCreate": true, "statuses": ["Reopened"] },
                  "pause": { "statuses": ["Info Requested", "Waiting User Response"] },
                  "stop":  { "statuses": ["Resolved", "Closed"] },
                  "goals": [
                    { "match": { "priority": ["Highest", "High"] }, "target": "PT4H", "calendar": "berlin-office" },
                    { "match": {}, "target": "P3D", "calendar": "24x7" } ] } ]
            }
            """;

    @Test
    void the_example_of_the_design_reads_as_written() {
        SlaConfig config = SlaConfigJson.read(DESIGN_EXAMPLE);

        BusinessCalendar office = config.calendars().get("berlin-office");
        assertThat(office.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(office.week()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(office.week().get(DayOfWeek.MONDAY)).extracting(WorkingRange::toString)
                .containsExactly("09:00-12:30", "13:30-17:00");
        assertThat(office.holidays()).containsExactly(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"));

        SlaDefinition ttr = config.sla("ttr").orElseThrow();
        assertThat(ttr.name()).isEqualTo("Time to resolution");
        assertThat(ttr.startOnCreate()).isTrue();
        assertThat(ttr.start().names()).containsExactly("Reopened");
        assertThat(ttr.pause().names()).containsExactly("Info Requested", "Waiting User Response");
        assertThat(ttr.stop().names()).containsExactly("Resolved", "Closed");
        assertThat(ttr.goals()).containsExactly(
                new Goal(Map.of("priority", Set.of("Highest", "High")), Duration.ofHours(4), office),
                new Goal(Map.of(), Duration.ofHours(72), BusinessCalendar.ALWAYS));
        assertThat(config.matchedFields()).containsExactly("priority");
    }

    @Test
    void what_is_written_reads_back_equal() {
        SlaConfig config = SlaConfigJson.read(DESIGN_EXAMPLE);

        String written = SlaConfigJson.write(config);

        assertThat(SlaConfigJson.read(written)).isEqualTo(config);
        assertThat(written).contains("\"target\" : \"P3D\"").contains("\"target\" : \"PT4H\"");
    }

    @Test
    void every_problem_is_reported_at_once_with_its_path() {
        String broken = """
                {
                  "calendars": {
                    "office": { "zone": "Europe/Berln", "week": { "MONTAG": ["9-17"], "TUESDAY": ["09:00-13:00", "12:00-17:00"] },
                                "holidays": ["2026-13-01"] },
                    "idle": { "zone": "UTC", "week": {} },
                    "24x7": { "zone": "UTC", "week": { "MONDAY": ["00:00-24:00"] } }
                  },
                  "slas": [
                    { "id": "ttr", "name": "Time to resolution", "stauses": [],
                      "start": { "onCreate": "yes" },
                      "goals": [ { "match": { "priority": [] }, "target": "P1M", "calendar": "berlin" },
                                 { "target": "-PT1H" } ] },
                    { "id": "ttr", "name": "Again", "start": { "statuses": ["Open"] } },
                    { "name": "No id", "start": { "onCreate": true }, "goals": [ { "target": "PT1H", "calendar": "office" } ] }
                  ]
                }
                """;

        assertThatThrownBy(() -> SlaConfigJson.read(broken))
                .isInstanceOfSatisfying(SlaConfigException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "calendars.office.zone: unknown time zone \"Europe/Berln\" (use a region id such as"
                                        + " \"Europe/Berlin\" or an offset such as \"+01:00\")",
                                "calendars.office.week.MONTAG: \"MONTAG\" is not a day of the week (MONDAY … SUNDAY)",
                                "calendars.office.week.TUESDAY: the working ranges 09:00-13:00 and 12:00-17:00 overlap",
                                "calendars.office.holidays[0]: is not a date \"YYYY-MM-DD\": \"2026-13-01\"",
                                "calendars.idle.week: the calendar never works: no day has a working range",
                                "calendars.24x7: \"24x7\" is built in and cannot be redefined",
                                "slas[0].stauses: unknown property (expected goals, id, name, pause, start, stop)",
                                "slas[0].start.onCreate: is true or false, not \"yes\"",
                                "slas[0].goals[0].match.priority: lists no value: no issue would match",
                                "slas[0].goals[0].target: \"P1M\" is not an ISO-8601 duration such as \"PT4H\", \"P3D\""
                                        + " or \"P1DT12H\" (months and years have no fixed length: write days, P30D)",
                                "slas[0].goals[0].calendar: unknown calendar \"berlin\" (known: office, idle, 24x7)",
                                "slas[0].goals[1].target: \"-PT1H\" is not a positive duration",
                                "slas[1].id: duplicate id \"ttr\" (also slas[0])",
                                "slas[2].id: missing: the SLA's id, e.g. \"ttr\"",
                                "slas[2].goals[0].calendar: calendar \"office\" is invalid (see above)"));
    }

    @Test
    void an_unknown_calendar_names_the_known_ones() {
        String config = DESIGN_EXAMPLE.replace("\"calendar\": \"berlin-office\"", "\"calendar\": \"berlin\"");

        assertThatThrownBy(() -> SlaConfigJson.read(config))
                .isInstanceOfSatisfying(SlaConfigException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("slas[0].goals[0].calendar: unknown calendar \"berlin\""
                                + " (known: berlin-office, 24x7)"));
    }

    @Test
    void an_sla_that_can_never_start_is_a_problem() {
        assertThatThrownBy(() -> SlaConfigJson.read("""
                {"slas": [{"id": "x", "name": "X", "stop": {"statuses": ["Done"]}}]}"""))
                .hasMessage("slas[0].start: the SLA never starts: set \"onCreate\": true or list start statuses");
    }

    @Test
    void text_that_is_not_json_says_where() {
        assertThatThrownBy(() -> SlaConfigJson.read("{\n  \"slas\": [\n    {\"id\": }\n  ]\n}"))
                .isInstanceOf(SlaConfigException.class)
                .hasMessageStartingWith("line 3, column 12: not valid JSON: Unexpected character ('}'");
    }

    @Test
    void a_property_given_twice_is_a_problem_not_a_silent_choice() {
        assertThatThrownBy(() -> SlaConfigJson.read("{\"slas\": [], \"slas\": []}"))
                .isInstanceOf(SlaConfigException.class)
                .hasMessageContaining("not valid JSON: Duplicate field 'slas'");
    }

    @Test
    void a_configuration_is_an_object() {
        assertThatThrownBy(() -> SlaConfigJson.read("[]"))
                .hasMessage("an SLA configuration is a JSON object, not a list []");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "PT4H,     PT4H",
            "P3D,      PT72H",
            "p1dt12h,  PT36H",
            "P2W,      PT336H",
            "PT0.5S,   PT0.5S",
            "PT90M,    PT1H30M"})
    void targets_are_iso_durations_with_days_of_24_working_hours(String text, Duration expected) {
        SlaConfig config = SlaConfigJson.read("""
                {"slas": [{"id": "x", "name": "X", "start": {"onCreate": true},
                           "goals": [{"target": "%s"}]}]}""".formatted(text));

        assertThat(config.slas().get(0).goals().get(0).target()).isEqualTo(expected);
        assertThat(config.slas().get(0).goals().get(0).calendar()).isSameAs(BusinessCalendar.ALWAYS);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"PT72H, P3D", "PT4H, PT4H", "PT28H30M, P1DT4H30M", "PT0.25S, PT0.25S"})
    void targets_are_written_with_whole_days_as_days(Duration target, String written) {
        assertThat(SlaConfigJson.formatTarget(target)).isEqualTo(written);
    }

    @Test
    void an_empty_list_of_slas_is_a_valid_configuration() {
        assertThat(SlaConfigJson.read("{\"slas\": []}").slas()).isEmpty();
        assertThat(SlaConfigJson.read("{\"slas\": []}").calendars()).isEmpty();
    }

    @Test
    void status_names_keep_their_spelling_and_ignore_case_for_membership() {
        SlaDefinition sla = SlaConfigJson.read("""
                {"slas": [{"id": "x", "name": "X", "start": {"statuses": ["Open", "OPEN", "Reopened"]}}]}""")
                .slas().get(0);

        assertThat(sla.start().names()).isEqualTo(List.of("Open", "Reopened"));
        assertThat(sla.start().contains("reopened")).isTrue();
    }
}
