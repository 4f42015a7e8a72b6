package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.singlepoint.core.fixtures.Times;

import org.junit.jupiter.api.Test;

class SlaStandingTest {

    private static final Instant BREACH = Times.at("2026-03-02T13:00Z");

    @Test
    void a_running_clock_is_breached_only_after_it_reaches_its_target() {
        SlaStanding running = new SlaStanding(SlaState.RUNNING, false, BREACH, 14_400_000L);

        assertThat(running.breachedAt(BREACH.minusMillis(1))).isFalse();
        assertThat(running.breachedAt(BREACH)).as("at breachAt elapsed equals the target: met").isFalse();
        assertThat(running.breachedAt(BREACH.plusMillis(1))).isTrue();
    }

    @Test
    void a_paused_clock_does_not_breach_with_time() {
        SlaStanding paused = new SlaStanding(SlaState.PAUSED, false, null, 14_400_000L);

        assertThat(paused.breachedAt(BREACH.plus(Duration.ofDays(30)))).isFalse();
        assertThat(new SlaStanding(SlaState.PAUSED, true, BREACH, 1L).breachedAt(BREACH)).isTrue();
    }

    @Test
    void due_within_is_a_window_of_real_time_before_a_running_breach() {
        SlaStanding running = new SlaStanding(SlaState.RUNNING, false, BREACH, 14_400_000L);

        assertThat(running.dueWithin(BREACH.minus(Duration.ofHours(4)), Duration.ofHours(4))).isTrue();
        assertThat(running.dueWithin(BREACH.minus(Duration.ofHours(4)).minusMillis(1), Duration.ofHours(4))).isFalse();
        assertThat(running.dueWithin(BREACH, Duration.ofHours(4))).isTrue();
        assertThat(running.dueWithin(BREACH.plusMillis(1), Duration.ofHours(4))).as("already breached").isFalse();
        assertThat(new SlaStanding(SlaState.PAUSED, false, BREACH, 1L).dueWithin(BREACH, Duration.ofHours(4))).isFalse();
    }

    @Test
    void the_standing_of_a_result_is_its_last_cycles() {
        Cycle first = new Cycle(Times.at("2026-03-02T09:00Z"), Times.at("2026-03-02T18:00Z"), 32_400_000L, 0, 3_600_000L,
                true, Times.at("2026-03-02T10:00Z"));
        Cycle second = new Cycle(Times.at("2026-03-03T09:00Z"), null, 60_000L, 0, 3_600_000L, false, BREACH);

        assertThat(SlaStanding.of(new SlaResult("SD-1", "ttr", SlaState.RUNNING, List.of(first, second))))
                .isEqualTo(new SlaStanding(SlaState.RUNNING, false, BREACH, 3_600_000L));
        assertThat(SlaStanding.of(new SlaResult("SD-1", "ttr", SlaState.NOT_STARTED, List.of())))
                .isEqualTo(new SlaStanding(SlaState.NOT_STARTED, false, null, null));
    }
}
