package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.singlepoint.core.fixtures.Calendars;
import io.singlepoint.core.fixtures.SlaResults;
import io.singlepoint.core.fixtures.Slas;
import io.singlepoint.core.fixtures.Timelines;
import io.singlepoint.core.fixtures.Times;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlaEngineTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final SlaDefinition TTR_24X7 = Slas.timeToResolution(Duration.ofHours(4), BusinessCalendar.ALWAYS);

    @Nested
    class Cycles {

        @Test
        void an_issue_created_in_a_pause_status_starts_its_cycle_paused() {
            SlaResult result = evaluate(TTR_24X7, Timelines.created("2026-03-02T09:00Z", "Info Requested")
                    .then("10:00", "In Progress")
                    .then("12:00", "Resolved"), "2026-03-02T18:00Z");

            assertThat(result.state()).isEqualTo(SlaState.COMPLETED);
            assertThat(result.cycles()).containsExactly(cycle("2026-03-02T09:00Z", "2026-03-02T12:00Z",
                    Duration.ofHours(2), HOUR, Duration.ofHours(4), null));
        }

        @Test
        void an_issue_created_in_a_stop_status_never_starts() {
            SlaResult result = evaluate(TTR_24X7, Timelines.created("2026-03-02T09:00Z", "Closed"), "2026-03-03T09:00Z");

            assertThat(result.state()).isEqualTo(SlaState.NOT_STARTED);
            assertThat(result.cycles()).isEmpty();
        }

        @Test
        void stop_wins_over_start_for_a_status_in_both() {
            SlaDefinition sla = new SlaDefinition("odd", "Odd", false, StatusSet.of("Done", "Open"),
                    StatusSet.NONE, StatusSet.of("done"), List.of());

            SlaResult result = evaluate(sla, Timelines.created("2026-03-02T09:00Z", "New")
                    .then("10:00", "Done")
                    .then("11:00", "Open"), "2026-03-02T12:00Z");

            assertThat(result.cycles()).singleElement()
                    .returns(Times.at("2026-03-02T11:00:00Z"), Cycle::start)
                    .returns(HOUR.toMillis(), Cycle::elapsedMillis);
        }

        @Test
        void stopping_while_paused_keeps_the_paused_time_out_of_the_elapsed_time() {
            SlaResult result = evaluate(TTR_24X7, Timelines.created("2026-03-02T09:00Z", "Open")
                    .then("10:00", "Waiting User Response")
                    .then("11:30", "Closed"), "2026-03-02T18:00Z");

            assertThat(result.cycles()).containsExactly(cycle("2026-03-02T09:00Z", "2026-03-02T11:30Z",
                    HOUR, Duration.ofMinutes(90), Duration.ofHours(4), null));
        }

        @Test
        void reopening_starts_a_new_cycle() {
            SlaResult result = evaluate(TTR_24X7, Timelines.created("2026-03-02T09:00Z", "Open")
                    .then("11:00", "Resolved")
                    .then("13:00", "Reopened")
                    .then("13:30", "In Progress")
                    .then("14:00", "Resolved"), "2026-03-02T18:00Z");

            assertThat(result.state()).isEqualTo(SlaState.COMPLETED);
            assertThat(result.cycles()).containsExactly(
                    cycle("2026-03-02T09:00Z", "2026-03-02T11:00Z", Duration.ofHours(2), Duration.ZERO,
                            Duration.ofHours(4), null),
                    cycle("2026-03-02T13:00Z", "2026-03-02T14:00Z", HOUR, Duration.ZERO, Duration.ofHours(4), null));
        }

        @Test
        void a_new_cycle_needs_a_new_start_event() {
            SlaDefinition onCreateOnly = new SlaDefinition("ttfr", "First response", true, StatusSet.NONE,
                    StatusSet.NONE, StatusSet.of("In Progress"), List.of());

            SlaResult result = evaluate(onCreateOnly, Timelines.created("2026-03-02T09:00Z", "Open")
                    .then("10:00", "In Progress")
                    .then("11:00", "Open"), "2026-03-02T18:00Z");

            assertThat(result.state()).isEqualTo(SlaState.COMPLETED);
            assertThat(result.cycles()).hasSize(1);
        }

        @Test
        void changes_at_the_same_instant_keep_their_input_order_and_history_is_sorted_by_time() {
            List<StatusChange> outOfOrder = List.of(
                    change("2026-03-02T11:00Z", "In Progress", "Resolved"),
                    change("2026-03-02T10:00Z", "Open", "Info Requested"),
                    change("2026-03-02T10:00Z", "Info Requested", "In Progress"));
            List<StatusChange> otherWayRound = List.of(
                    change("2026-03-02T11:00Z", "Info Requested", "Resolved"),
                    change("2026-03-02T10:00Z", "Open", "In Progress"),
                    change("2026-03-02T10:00Z", "In Progress", "Info Requested"));
            Instant created = Times.at("2026-03-02T09:00:00Z");
            Instant now = Times.at("2026-03-02T18:00:00Z");

            Cycle unpausedAtTen = SlaResults.check(SlaEngine.evaluate(TTR_24X7,
                    IssueTimeline.of("SD-1", created, "Open", outOfOrder), now), now).cycles().get(0);
            Cycle pausedAtTen = SlaResults.check(SlaEngine.evaluate(TTR_24X7,
                    IssueTimeline.of("SD-1", created, "Open", otherWayRound), now), now).cycles().get(0);

            assertThat(unpausedAtTen.elapsedMillis()).isEqualTo(Duration.ofHours(2).toMillis());
            assertThat(unpausedAtTen.pausedMillis()).isZero();
            assertThat(pausedAtTen.elapsedMillis()).isEqualTo(HOUR.toMillis());
            assertThat(pausedAtTen.pausedMillis()).isEqualTo(HOUR.toMillis());
        }

        @Test
        void statuses_unknown_to_the_configuration_neither_start_pause_nor_stop() {
            SlaResult result = evaluate(TTR_24X7, Timelines.created("2026-03-02T09:00Z", "Triage")
                    .then("10:00", "With Supplier")
                    .then("11:00", "Escalated"), "2026-03-02T12:00Z");

            assertThat(result.state()).isEqualTo(SlaState.RUNNING);
            assertThat(result.cycles()).singleElement()
                    .returns(Duration.ofHours(3).toMillis(), Cycle::elapsedMillis)
                    .returns(0L, Cycle::pausedMillis);
        }

        @Test
        void status_names_compare_ignoring_case() {
            SlaResult result = evaluate(TTR_24X7, Timelines.created("2026-03-02T09:00Z", "open")
                    .then("10:00", "INFO REQUESTED")
                    .then("11:00", "resolved"), "2026-03-02T12:00Z");

            assertThat(result.cycles()).containsExactly(cycle("2026-03-02T09:00Z", "2026-03-02T11:00Z",
                    HOUR, HOUR, Duration.ofHours(4), null));
        }

        @Test
        void events_after_now_are_ignored() {
            Timelines story = Timelines.created("2026-03-02T09:00Z", "Open")
                    .then("10:00", "Info Requested")
                    .then("11:00", "Resolved");

            assertThat(evaluate(TTR_24X7, story, "2026-03-02T10:30Z").state()).isEqualTo(SlaState.PAUSED);
            assertThat(evaluate(TTR_24X7, story, "2026-03-02T08:00Z").state()).isEqualTo(SlaState.NOT_STARTED);
            assertThat(evaluate(TTR_24X7, story, "2026-03-02T11:00Z").state()).isEqualTo(SlaState.COMPLETED);
        }

        @Test
        void a_change_dated_before_creation_counts_at_creation() {
            SlaResult result = evaluate(TTR_24X7, Timelines.created("2026-03-02T09:00Z", "Open")
                    .then("2026-03-02T08:59:59Z", "Info Requested"), "2026-03-02T10:00Z");

            assertThat(result.state()).isEqualTo(SlaState.PAUSED);
            assertThat(result.cycles()).singleElement()
                    .returns(0L, Cycle::elapsedMillis)
                    .returns(HOUR.toMillis(), Cycle::pausedMillis);
        }
    }

    @Nested
    class Goals {

        @Test
        void an_issue_no_goal_matches_has_no_target_and_is_measured_around_the_clock() {
            SlaDefinition sla = Slas.byPriority(Map.of("High", Duration.ofHours(4)), Calendars.berlinOffice());

            // Saturday 10:00 to Monday 10:00 UTC: no working time in the office, 48 hours around the clock.
            SlaResult result = evaluate(sla, Timelines.created("2026-03-07T10:00Z", "Open").field("priority", "Low")
                    .then("2026-03-09T10:00Z", "Resolved"), "2026-03-10T00:00Z");

            assertThat(result.cycles()).singleElement()
                    .returns(Duration.ofHours(48).toMillis(), Cycle::elapsedMillis)
                    .returns(null, Cycle::targetMillis)
                    .returns(false, Cycle::breached)
                    .returns(null, Cycle::breachAt);
        }

        @Test
        void the_first_goal_that_matches_applies_and_values_compare_ignoring_case() {
            SlaDefinition sla = new SlaDefinition("ttr", "TTR", true, StatusSet.NONE, StatusSet.NONE,
                    StatusSet.of("Resolved"), List.of(
                    new Goal(Map.of("priority", java.util.Set.of("Highest", "High")), HOUR, BusinessCalendar.ALWAYS),
                    new Goal(Map.of(), Duration.ofHours(8), BusinessCalendar.ALWAYS)));

            Cycle high = evaluate(sla, Timelines.created("2026-03-02T09:00Z", "Open").field("priority", "high"),
                    "2026-03-02T10:00Z").cycles().get(0);
            Cycle other = evaluate(sla, Timelines.created("2026-03-02T09:00Z", "Open").field("priority", "Medium"),
                    "2026-03-02T10:00Z").cycles().get(0);

            assertThat(high.targetMillis()).isEqualTo(HOUR.toMillis());
            assertThat(other.targetMillis()).isEqualTo(Duration.ofHours(8).toMillis());
        }

        @Test
        void a_field_with_several_values_matches_on_any_of_them() {
            Goal goal = new Goal(Map.of("labels", java.util.Set.of("vip")), HOUR, BusinessCalendar.ALWAYS);

            assertThat(goal.matches(Map.of("labels", List.of("printer", "VIP")))).isTrue();
            assertThat(goal.matches(Map.of("labels", List.of("printer")))).isFalse();
            assertThat(goal.matches(Map.of())).isFalse();
        }
    }

    @Nested
    class Targets {

        @Test
        void reaching_the_target_exactly_is_met() {
            Cycle cycle = evaluate(Slas.timeToResolution(Duration.ofHours(2), BusinessCalendar.ALWAYS),
                    Timelines.created("2026-03-02T09:00Z", "Open").then("11:00", "Resolved"), "2026-03-02T12:00Z")
                    .cycles().get(0);

            assertThat(cycle.elapsedMillis()).isEqualTo(cycle.targetMillis());
            assertThat(cycle.breached()).isFalse();
            assertThat(cycle.breachAt()).isEqualTo(Times.at("2026-03-02T11:00:00Z"));
        }

        @Test
        void exceeding_the_target_by_one_millisecond_is_breached() {
            Cycle cycle = evaluate(Slas.timeToResolution(Duration.ofHours(2), BusinessCalendar.ALWAYS),
                    Timelines.created("2026-03-02T09:00Z", "Open").then("11:00:00.001", "Resolved"),
                    "2026-03-02T12:00Z").cycles().get(0);

            assertThat(cycle.elapsedMillis()).isEqualTo(cycle.targetMillis() + 1);
            assertThat(cycle.breached()).isTrue();
            assertThat(cycle.breachAt()).isEqualTo(Times.at("2026-03-02T11:00:00Z"));
        }

        @Test
        void a_running_cycle_projects_its_breach_through_the_calendar() {
            // Monday 15:00 Berlin (14:00Z); at 16:00 one of four working hours is gone: 16:00-17:00, then Tuesday
            // 09:00-11:00 Berlin.
            SlaResult result = evaluate(Slas.timeToResolution(Duration.ofHours(4), Calendars.berlinOffice()),
                    Timelines.created("2026-03-02T14:00Z", "Open"), "2026-03-02T15:00Z");

            assertThat(result.state()).isEqualTo(SlaState.RUNNING);
            assertThat(result.cycles()).singleElement()
                    .returns(HOUR.toMillis(), Cycle::elapsedMillis)
                    .returns(false, Cycle::breached)
                    .returns(Times.at("2026-03-03T10:00:00Z"), Cycle::breachAt);
        }

        @Test
        void a_paused_cycle_that_has_not_reached_its_target_has_no_breach_instant() {
            SlaResult result = evaluate(Slas.timeToResolution(Duration.ofHours(4), Calendars.berlinOffice()),
                    Timelines.created("2026-03-02T14:00Z", "Open").then("15:00", "Info Requested"),
                    "2026-03-02T16:00Z");

            assertThat(result.state()).isEqualTo(SlaState.PAUSED);
            assertThat(result.cycles()).singleElement()
                    .returns(HOUR.toMillis(), Cycle::elapsedMillis)
                    .returns(HOUR.toMillis(), Cycle::pausedMillis)
                    .returns(null, Cycle::breachAt);
        }

        @Test
        void a_paused_cycle_keeps_the_breach_instant_from_its_history() {
            SlaResult result = evaluate(Slas.timeToResolution(Duration.ofMinutes(30), Calendars.berlinOffice()),
                    Timelines.created("2026-03-02T14:00Z", "Open").then("15:00", "Info Requested"),
                    "2026-03-02T16:00Z");

            assertThat(result.state()).isEqualTo(SlaState.PAUSED);
            assertThat(result.cycles()).singleElement()
                    .returns(true, Cycle::breached)
                    .returns(Times.at("2026-03-02T14:30:00Z"), Cycle::breachAt);
        }

        @Test
        void the_target_is_reached_at_the_end_of_a_working_range_not_at_the_start_of_the_next() {
            // Monday 16:00 Berlin plus one working hour is 17:00 that day, though the next working minute is Tuesday.
            Cycle cycle = evaluate(Slas.timeToResolution(HOUR, Calendars.berlinOffice()),
                    Timelines.created("2026-03-02T15:00Z", "Open").then("2026-03-03T08:30Z", "Resolved"),
                    "2026-03-04T00:00Z").cycles().get(0);

            assertThat(cycle.elapsedMillis()).isEqualTo(Duration.ofMinutes(90).toMillis());
            assertThat(cycle.breachAt()).isEqualTo(Times.at("2026-03-02T16:00:00Z"));
        }
    }

    @Nested
    class Calendars_ {

        @Test
        void a_holiday_on_a_working_day_does_not_count() {
            // Wednesday 23 December 16:00 Berlin to Monday 28 December 10:00: Thursday and Friday are holidays.
            Cycle cycle = evaluate(Slas.timeToResolution(Duration.ofHours(8), Calendars.berlinOffice()),
                    Timelines.created("2026-12-23T15:00Z", "Open").then("2026-12-28T09:00Z", "Resolved"),
                    "2026-12-29T00:00Z").cycles().get(0);

            assertThat(cycle.elapsedMillis()).isEqualTo(Duration.ofHours(2).toMillis());
        }

        @Test
        void a_range_to_midnight_counts_up_to_the_end_of_the_day() {
            BusinessCalendar evenings = Calendars.everyDay("evenings", "UTC", "20:00-24:00");

            Cycle cycle = evaluate(Slas.timeToResolution(Duration.ofHours(8), evenings),
                    Timelines.created("2026-03-02T21:00Z", "Open").then("2026-03-03T21:00Z", "Resolved"),
                    "2026-03-04T00:00Z").cycles().get(0);

            assertThat(cycle.elapsedMillis()).isEqualTo(Duration.ofHours(4).toMillis());
        }

        @Test
        void spring_forward_inside_working_hours_shortens_the_night_shift_in_berlin() {
            BusinessCalendar nights = Calendars.everyDay("nights", "Europe/Berlin", "00:00-06:00");

            Cycle cycle = evaluate(Slas.timeToResolution(Duration.ofHours(8), nights),
                    Timelines.created("2026-03-28T22:00Z", "Open").then("2026-03-29T06:00Z", "Resolved"),
                    "2026-03-30T00:00Z").cycles().get(0);

            assertThat(cycle.elapsedMillis()).isEqualTo(Duration.ofHours(5).toMillis());
        }

        @Test
        void fall_back_inside_working_hours_lengthens_the_night_shift_in_new_york() {
            // 01:00-04:00 on 1 November 2026: 01:00 is ambiguous and takes the earlier offset (EDT, 05:00Z); 04:00
            // is EST (09:00Z): four hours.
            BusinessCalendar nights = Calendars.everyDay("nights", "America/New_York", "01:00-04:00");

            Cycle cycle = evaluate(Slas.timeToResolution(Duration.ofHours(8), nights),
                    Timelines.created("2026-11-01T04:00Z", "Open").then("2026-11-01T12:00Z", "Resolved"),
                    "2026-11-02T00:00Z").cycles().get(0);

            assertThat(cycle.elapsedMillis()).isEqualTo(Duration.ofHours(4).toMillis());
        }
    }

    private static SlaResult evaluate(SlaDefinition sla, Timelines story, String now) {
        Instant at = Times.at(now);
        return SlaResults.check(SlaEngine.evaluate(sla, story.timeline(), at), at);
    }

    private static StatusChange change(String at, String from, String to) {
        return new StatusChange(Times.at(at), from, to);
    }

    private static Cycle cycle(String start, String stop, Duration elapsed, Duration paused, Duration target,
                               String breachAt) {
        return new Cycle(Times.at(start), stop == null ? null : Times.at(stop), elapsed.toMillis(),
                paused.toMillis(), target == null ? null : target.toMillis(),
                target != null && elapsed.compareTo(target) > 0, breachAt == null ? null : Times.at(breachAt));
    }
}
