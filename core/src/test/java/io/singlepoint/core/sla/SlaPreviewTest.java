package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.singlepoint.core.fixtures.Slas;
import io.singlepoint.core.fixtures.Timelines;
import io.singlepoint.core.fixtures.Times;
import io.singlepoint.core.sla.SlaPreview.Change;
import io.singlepoint.core.sla.SlaPreview.Outcome;

import org.junit.jupiter.api.Test;

class SlaPreviewTest {

    private static final Instant NOW = Times.at("2026-03-10T00:00Z");

    /** Resolved after 3h, after 5h, after 7h; one still open for 1h. */
    private static final List<IssueTimeline> ISSUES = List.of(
            Timelines.created("SD-1", "2026-03-02T09:00Z", "Open").then("12:00", "Resolved").timeline(),
            Timelines.created("SD-2", "2026-03-02T09:00Z", "Open").then("14:00", "Resolved").timeline(),
            Timelines.created("SD-3", "2026-03-02T09:00Z", "Open").then("16:00", "Resolved").timeline(),
            Timelines.created("SD-4", "2026-03-09T23:00Z", "Open").timeline());

    @Test
    void a_tighter_target_moves_issues_from_met_to_breached() {
        SlaPreview.Result result = SlaPreview.compare(ISSUES, config(Duration.ofHours(6)), config(Duration.ofHours(4)), NOW);

        assertThat(result.issues()).isEqualTo(4);
        assertThat(result.changes()).containsExactly(new Change("ttr", "Time to resolution", true, true,
                2, 1, 1, 2, List.of("SD-2"), List.of()));
    }

    @Test
    void a_looser_target_moves_them_back() {
        SlaPreview.Result result = SlaPreview.compare(ISSUES, config(Duration.ofHours(4)), config(Duration.ofHours(8)), NOW);

        assertThat(result.changes().get(0).breachedToMet()).containsExactly("SD-2", "SD-3");
        assertThat(result.changes().get(0).metAfter()).isEqualTo(3);
    }

    @Test
    void an_sla_only_one_configuration_has_is_listed_with_the_side_it_is_on() {
        SlaDefinition other = new SlaDefinition("ttfr", "First response", true, StatusSet.NONE, StatusSet.NONE,
                StatusSet.of("Resolved"), List.of(new Goal(Map.of(), Duration.ofHours(1), BusinessCalendar.ALWAYS)));
        SlaConfig current = new SlaConfig(Map.of(), List.of(other));

        SlaPreview.Result result = SlaPreview.compare(ISSUES, current, config(Duration.ofHours(4)), NOW);

        assertThat(result.changes()).extracting(Change::slaId, Change::inCurrent, Change::inProposed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ttr", false, true),
                        org.assertj.core.groups.Tuple.tuple("ttfr", true, false));
        assertThat(result.changes().get(1).breachedBefore()).isEqualTo(3);
        assertThat(result.changes().get(1).breachedAfter()).isZero();
    }

    @Test
    void an_outcome_is_the_last_cycles_as_of_now() {
        SlaDefinition ttr = Slas.timeToResolution(Duration.ofHours(4), BusinessCalendar.ALWAYS);
        IssueTimeline open = ISSUES.get(3);

        assertThat(SlaPreview.outcome(SlaEngine.evaluate(ttr, open, NOW), NOW)).isEqualTo(Outcome.OPEN);
        assertThat(SlaPreview.outcome(SlaEngine.evaluate(ttr, open, NOW.plus(Duration.ofHours(4))),
                NOW.plus(Duration.ofHours(4)))).isEqualTo(Outcome.BREACHED);
        assertThat(SlaPreview.outcome(SlaEngine.evaluate(ttr, ISSUES.get(0), NOW), NOW)).isEqualTo(Outcome.MET);
    }

    private static SlaConfig config(Duration target) {
        return new SlaConfig(Map.of(), List.of(Slas.timeToResolution(target, BusinessCalendar.ALWAYS)));
    }
}
