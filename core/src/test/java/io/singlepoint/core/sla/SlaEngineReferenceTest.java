package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.singlepoint.core.fixtures.SlaArbitraries;
import io.singlepoint.core.fixtures.SlaArbitraries.Precision;
import io.singlepoint.core.fixtures.SlaArbitraries.Scenario;
import io.singlepoint.core.fixtures.SlaResults;
import io.singlepoint.core.fixtures.Slas;
import io.singlepoint.core.fixtures.Timelines;
import io.singlepoint.core.fixtures.Times;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** {@link SlaEngine} against {@link ReferenceEngine} on random definitions and timelines around DST switches. */
class SlaEngineReferenceTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Property(tries = 1000)
    void engine_agrees_with_a_naive_minute_stepping_reference(@ForAll("scenarios") Scenario scenario) {
        SlaResult expected = ReferenceEngine.evaluate(scenario.sla(), scenario.timeline(), scenario.now());

        SlaResult actual = SlaResults.check(SlaEngine.evaluate(scenario.sla(), scenario.timeline(), scenario.now()),
                scenario.now());

        assertThat(actual).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void elapsed_plus_paused_never_exceeds_the_wall_time_of_a_cycle(
            @ForAll("millisecondScenarios") Scenario scenario) {
        for (Cycle cycle : SlaEngine.evaluate(scenario.sla(), scenario.timeline(), scenario.now()).cycles()) {
            long wall = Duration.between(cycle.start(), cycle.stopOr(scenario.now())).toMillis();

            assertThat(cycle.elapsedMillis() + cycle.pausedMillis()).as("%s over %d ms", cycle, wall)
                    .isLessThanOrEqualTo(wall);
        }
    }

    /**
     * DESIGN.md says a cycle starts when the issue "is created with onCreate" or "enters a status in start", and
     * treats creation as an event into the initial status (a stop status there never starts a cycle). Read that way,
     * creation in a start status starts a cycle without onCreate. The engine does so; the reference, first written the
     * other way, now follows; this pins the reading until DESIGN.md says it outright.
     */
    @Example
    void creation_in_a_start_status_starts_a_cycle_without_on_create() {
        SlaDefinition reopenOnly = new SlaDefinition("sla", "Reopen only", false, StatusSet.of("Reopened"),
                StatusSet.NONE, StatusSet.of("Closed"), List.of());
        IssueTimeline timeline = Timelines.created("2026-03-02T09:00Z", "reopened").timeline();
        Instant now = Times.at("2026-03-02T10:00Z");
        SlaResult expected = new SlaResult("SD-1", "sla", SlaState.RUNNING, List.of(
                new Cycle(Times.at("2026-03-02T09:00Z"), null, HOUR.toMillis(), 0, null, false, null)));

        assertThat(ReferenceEngine.evaluate(reopenOnly, timeline, now)).isEqualTo(expected);
        assertThat(SlaEngine.evaluate(reopenOnly, timeline, now)).isEqualTo(expected);
    }

    /** A change into a stop status dated before creation counts at creation: the cycle ends as it begins. */
    @Example
    void a_stop_dated_before_creation_ends_the_created_cycle_at_once() {
        SlaDefinition ttr = Slas.timeToResolution(HOUR, BusinessCalendar.ALWAYS);
        IssueTimeline timeline = Timelines.created("2026-03-02T09:00Z", "Open")
                .then("2026-03-02T08:30Z", "Closed").timeline();
        Instant now = Times.at("2026-03-02T10:00Z");
        Instant created = Times.at("2026-03-02T09:00Z");
        SlaResult expected = new SlaResult("SD-1", "ttr", SlaState.COMPLETED, List.of(
                new Cycle(created, created, 0, 0, HOUR.toMillis(), false, null)));

        assertThat(ReferenceEngine.evaluate(ttr, timeline, now)).isEqualTo(expected);
        assertThat(SlaEngine.evaluate(ttr, timeline, now)).isEqualTo(expected);
    }

    /** Mostly whole minutes, which is how people read timelines; sometimes any millisecond. */
    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.frequencyOf(Tuple.of(3, SlaArbitraries.scenarios(Precision.MINUTES)),
                Tuple.of(1, SlaArbitraries.scenarios(Precision.MILLISECONDS)));
    }

    @Provide
    Arbitrary<Scenario> millisecondScenarios() {
        return SlaArbitraries.scenarios(Precision.MILLISECONDS);
    }
}
