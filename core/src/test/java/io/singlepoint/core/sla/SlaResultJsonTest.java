package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.singlepoint.core.fixtures.Times;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class SlaResultJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Example
    void a_result_is_one_line_of_exactly_the_design_fields() {
        SlaResult result = new SlaResult("SD-7", "ttr", SlaState.RUNNING, List.of(
                new Cycle(Times.at("2026-03-02T09:00Z"), Times.at("2026-03-02T11:30:00.250Z"), 9_000_250, 0,
                        3_600_000L, true, Times.at("2026-03-02T10:00Z")),
                new Cycle(Times.at("2026-03-03T08:00Z"), null, 600_000, 1_200_000, 3_600_000L, false,
                        Times.at("2026-03-03T10:20Z"))));

        assertThat(SlaResultJson.write(result)).isEqualTo("{\"issue\":\"SD-7\",\"sla\":\"ttr\",\"state\":\"RUNNING\","
                + "\"cycles\":[{\"start\":\"2026-03-02T09:00:00Z\",\"stop\":\"2026-03-02T11:30:00.250Z\","
                + "\"elapsedMillis\":9000250,\"pausedMillis\":0,\"targetMillis\":3600000,\"breached\":true,"
                + "\"breachAt\":\"2026-03-02T10:00:00Z\"},"
                + "{\"start\":\"2026-03-03T08:00:00Z\",\"stop\":null,\"elapsedMillis\":600000,"
                + "\"pausedMillis\":1200000,\"targetMillis\":3600000,\"breached\":false,"
                + "\"breachAt\":\"2026-03-03T10:20:00Z\"}]}");
    }

    @Example
    void a_result_that_never_started_has_no_cycles() {
        assertThat(SlaResultJson.write(new SlaResult("SD-1", "ttc", SlaState.NOT_STARTED, List.of())))
                .isEqualTo("{\"issue\":\"SD-1\",\"sla\":\"ttc\",\"state\":\"NOT_STARTED\",\"cycles\":[]}");
    }

    @Example
    void a_cycle_without_target_writes_nulls() {
        SlaResult result = new SlaResult("SD-1", "ttr", SlaState.PAUSED, List.of(
                new Cycle(Times.at("2026-03-02T09:00Z"), null, 0, 5, null, false, null)));

        assertThat(SlaResultJson.write(result)).endsWith("\"stop\":null,\"elapsedMillis\":0,\"pausedMillis\":5,"
                + "\"targetMillis\":null,\"breached\":false,\"breachAt\":null}]}");
    }

    @Example
    void strings_are_escaped_as_json_requires() {
        SlaResult result = new SlaResult("SD-\"1\"\\\n\t\u0001\u001f é ✓ 😀", "a/b", SlaState.NOT_STARTED, List.of());

        String json = SlaResultJson.write(result);

        assertThat(json).startsWith("{\"issue\":\"SD-\\\"1\\\"\\\\\\n\\t\\u0001\\u001f é ✓ 😀\",\"sla\":\"a/b\"");
        assertThat(json).doesNotContain("\n");
    }

    @Example
    void appending_adds_to_what_is_in_the_buffer() {
        StringBuilder out = new StringBuilder("x");
        SlaResultJson.append(out, new SlaResult("SD-1", "ttr", SlaState.NOT_STARTED, List.of()));

        assertThat(out).startsWith("x{\"issue\"").endsWith("[]}");
    }

    @Property(tries = 2000)
    void instants_are_written_as_instant_to_string_writes_them(
            @ForAll @LongRange(min = -70_000_000_000_000L, max = 260_000_000_000_000L) long millis,
            @ForAll("nanos") int extraNanos) {
        Instant instant = Instant.ofEpochMilli(millis).plusNanos(extraNanos);
        StringBuilder out = new StringBuilder();

        SlaResultJson.instant(out, instant);

        assertThat(out).hasToString("\"" + instant + "\"");
    }

    @Property(tries = 500)
    void the_json_reads_back_as_the_result(@ForAll("results") SlaResult result) throws JsonProcessingException {
        JsonNode node = MAPPER.readTree(SlaResultJson.write(result));

        assertThat(node.get("issue").asText()).isEqualTo(result.issue());
        assertThat(node.get("sla").asText()).isEqualTo(result.sla());
        assertThat(node.get("state").asText()).isEqualTo(result.state().name());
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("issue", "sla", "state", "cycles");
        for (int i = 0; i < result.cycles().size(); i++) {
            Cycle cycle = result.cycles().get(i);
            JsonNode c = node.get("cycles").get(i);
            List<String> cycleNames = new ArrayList<>();
            c.fieldNames().forEachRemaining(cycleNames::add);
            assertThat(cycleNames).containsExactly("start", "stop", "elapsedMillis", "pausedMillis", "targetMillis",
                    "breached", "breachAt");
            assertThat(Instant.parse(c.get("start").asText())).isEqualTo(cycle.start());
            assertThat(c.get("stop").isNull() ? null : Instant.parse(c.get("stop").asText())).isEqualTo(cycle.stop());
            assertThat(c.get("elapsedMillis").asLong()).isEqualTo(cycle.elapsedMillis());
            assertThat(c.get("pausedMillis").asLong()).isEqualTo(cycle.pausedMillis());
            assertThat(c.get("targetMillis").isNull() ? null : c.get("targetMillis").asLong())
                    .isEqualTo(cycle.targetMillis());
            assertThat(c.get("breached").asBoolean()).isEqualTo(cycle.breached());
            assertThat(c.get("breachAt").isNull() ? null : Instant.parse(c.get("breachAt").asText()))
                    .isEqualTo(cycle.breachAt());
        }
        assertThat(node.get("cycles").size()).isEqualTo(result.cycles().size());
    }

    @Property(tries = 500)
    void reading_what_was_written_gives_the_result_back(@ForAll("results") SlaResult result) {
        assertThat(SlaResultJson.read(SlaResultJson.write(result))).isEqualTo(result);
    }

    @Example
    void text_that_is_no_result_says_so() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SlaResultJson.read("{\"state\": \"SOMEWHERE\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an SLA result:");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SlaResultJson.read("{\"issue\":\"SD-1\",\"sla\":\"t\","
                        + "\"state\":\"RUNNING\",\"cycles\":[{\"start\":\"yesterday\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an SLA result:");
    }

    @Provide
    Arbitrary<Integer> nanos() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 999_999)));
    }

    @Provide
    Arbitrary<SlaResult> results() {
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
        Arbitrary<Long> millis = Arbitraries.longs().between(0, Long.MAX_VALUE / 4);
        Arbitrary<Long> targets = millis.map(m -> m + 1).injectNull(0.3);
        Arbitrary<Cycle> cycles = Combinators.combine(instants, instants.injectNull(0.3), millis, millis, targets,
                        instants.injectNull(0.5))
                .as((start, stop, elapsed, paused, target, breachAt) -> new Cycle(start,
                        stop == null || stop.isBefore(start) ? null : stop, elapsed, paused, target,
                        target != null && elapsed > target, target == null ? null : breachAt));
        return Combinators.combine(Arbitraries.strings().ofMaxLength(12), Arbitraries.strings().ofMinLength(1)
                        .ofMaxLength(6), cycles.list().ofMaxSize(3), Arbitraries.of(SlaState.RUNNING, SlaState.PAUSED,
                        SlaState.COMPLETED))
                .as((issue, sla, list, state) -> new SlaResult(issue, sla,
                        list.isEmpty() ? SlaState.NOT_STARTED : state, list));
    }
}
