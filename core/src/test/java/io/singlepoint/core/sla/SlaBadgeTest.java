package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.singlepoint.core.fixtures.Calendars;
import io.singlepoint.core.fixtures.Slas;
import io.singlepoint.core.fixtures.Timelines;
import io.singlepoint.core.fixtures.Times;
import io.singlepoint.core.sla.SlaBadge.Kind;

import org.junit.jupiter.api.Test;

class SlaBadgeTest {

    private static final SlaDefinition TTR = Slas.timeToResolution(Duration.ofHours(4), Calendars.berlinOffice());

    @Test
    void a_running_clock_shows_the_working_time_left_on_its_calendar() {
        SlaBadge badge = badge(TTR, Timelines.created("2026-03-02T14:00Z", "Open"), "2026-03-02T15:30Z");

        assertThat(badge.kind()).isEqualTo(Kind.RUNNING);
        assertThat(badge.remaining()).isEqualTo(Duration.ofMinutes(150).toMillis());
        assertThat(badge.over()).isNull();
        assertThat(badge.target()).isEqualTo(Duration.ofHours(4).toMillis());
        assertThat(badge.calendarId()).isEqualTo("berlin-office");
    }

    @Test
    void a_paused_clock_waits_on_the_user_with_its_time_left() {
        SlaBadge badge = badge(TTR, Timelines.created("2026-03-02T14:00Z", "Open").then("15:00", "Info Requested"),
                "2026-03-05T10:00Z");

        assertThat(badge.kind()).isEqualTo(Kind.WAITING);
        assertThat(badge.remaining()).isEqualTo(Duration.ofHours(3).toMillis());
    }

    @Test
    void a_clock_past_its_target_shows_by_how_much_even_while_it_runs() {
        SlaBadge badge = badge(TTR, Timelines.created("2026-03-02T08:00Z", "Open"), "2026-03-02T15:00Z");

        assertThat(badge.kind()).isEqualTo(Kind.BREACHED);
        assertThat(badge.over()).isEqualTo(Duration.ofHours(2).toMillis()); // 09:00-16:00 Berlin, lunch out
        assertThat(badge.remaining()).isNull();
    }

    @Test
    void a_clock_stopped_within_its_target_is_met_and_one_without_a_goal_just_stopped() {
        SlaDefinition priorityOnly = Slas.byPriority(Map.of("High", Duration.ofHours(4)), Calendars.berlinOffice());
        Timelines resolved = Timelines.created("2026-03-02T09:00Z", "Open").then("10:00", "Resolved");

        assertThat(badge(TTR, resolved, "2026-03-03T00:00Z").kind()).isEqualTo(Kind.MET);
        SlaBadge noGoal = badge(priorityOnly, resolved, "2026-03-03T00:00Z");
        assertThat(noGoal.kind()).isEqualTo(Kind.STOPPED);
        assertThat(noGoal.calendarId()).isEqualTo("24x7");
        assertThat(noGoal.target()).isNull();
    }

    @Test
    void an_sla_that_never_started_says_so_with_its_goal() {
        SlaBadge badge = badge(TTR, Timelines.created("2026-03-02T09:00Z", "Closed"), "2026-03-03T00:00Z");

        assertThat(badge.kind()).isEqualTo(Kind.NOT_STARTED);
        assertThat(badge.target()).isEqualTo(Duration.ofHours(4).toMillis());
        assertThat(badge.cycles()).isEmpty();
    }

    private static SlaBadge badge(SlaDefinition sla, Timelines story, String now) {
        Instant at = Times.at(now);
        IssueTimeline issue = story.timeline();
        return SlaBadge.of(sla, SlaEngine.evaluate(sla, issue, at), issue, at);
    }

}
