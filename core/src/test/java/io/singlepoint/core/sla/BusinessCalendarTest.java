package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.singlepoint.core.fixtures.Calendars;
import io.singlepoint.core.fixtures.Times;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessCalendarTest {

    private final BusinessCalendar office = Calendars.berlinOffice();

    @Test
    void always_counts_every_millisecond_and_adds_plainly() {
        Instant from = Times.at("2026-03-07T10:00Z");

        assertThat(BusinessCalendar.ALWAYS.workingTime(from, from.plusMillis(123_456_789)))
                .isEqualTo(Duration.ofMillis(123_456_789));
        assertThat(BusinessCalendar.ALWAYS.addWorking(from, Duration.ofDays(3))).contains(from.plus(Duration.ofDays(3)));
    }

    @Test
    void a_working_day_in_the_office_has_seven_hours_and_a_friday_six() {
        assertThat(working("2026-03-02T00:00+01:00", "2026-03-03T00:00+01:00")).isEqualTo(Duration.ofHours(7));
        assertThat(working("2026-03-06T00:00+01:00", "2026-03-07T00:00+01:00")).isEqualTo(Duration.ofHours(6));
        assertThat(working("2026-03-07T00:00+01:00", "2026-03-09T00:00+01:00")).isZero();
    }

    @Test
    void the_lunch_break_does_not_count() {
        assertThat(working("2026-03-02T12:00+01:00", "2026-03-02T14:00+01:00")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void an_empty_or_backwards_interval_has_no_working_time() {
        assertThat(working("2026-03-02T10:00+01:00", "2026-03-02T10:00+01:00")).isZero();
        assertThat(working("2026-03-02T11:00+01:00", "2026-03-02T10:00+01:00")).isZero();
    }

    @Test
    void adding_working_time_skips_the_weekend() {
        assertThat(add("2026-03-06T14:00+01:00", Duration.ofHours(2))).isEqualTo(Times.at("2026-03-09T10:00+01:00"));
    }

    @Test
    void adding_working_time_that_ends_with_a_range_stops_at_its_end() {
        assertThat(add("2026-03-02T09:00+01:00", Duration.ofMinutes(210))).isEqualTo(Times.at("2026-03-02T12:30+01:00"));
        assertThat(add("2026-03-02T09:00+01:00", Duration.ofMinutes(211))).isEqualTo(Times.at("2026-03-02T13:31+01:00"));
    }

    @Test
    void adding_zero_is_the_start_itself_even_outside_working_hours() {
        assertThat(add("2026-03-07T03:00+01:00", Duration.ZERO)).isEqualTo(Times.at("2026-03-07T03:00+01:00"));
    }

    @Test
    void adding_from_outside_working_hours_starts_at_the_next_range() {
        assertThat(add("2026-03-07T03:00+01:00", Duration.ofHours(1))).isEqualTo(Times.at("2026-03-09T10:00+01:00"));
    }

    @Test
    void holidays_are_skipped_when_adding() {
        // Wednesday 23 December 16:00 + 2 working hours: 1 hour that day, Thursday and Friday are holidays.
        assertThat(add("2026-12-23T16:00+01:00", Duration.ofHours(2))).isEqualTo(Times.at("2026-12-28T10:00+01:00"));
    }

    @Test
    void ranges_of_a_few_minutes_count_minute_by_minute() {
        // Three ranges inside one half hour, so that several intervals start and end within one lookup slot.
        BusinessCalendar shifts = BusinessCalendar.of("shifts", ZoneId.of("Europe/Berlin"), Map.of(
                DayOfWeek.MONDAY, List.of(WorkingRange.parse("09:00-09:01"), WorkingRange.parse("09:05-09:07"),
                        WorkingRange.parse("09:10-09:20"))), Set.of());
        Instant monday = Times.at("2026-03-02T00:00+01:00");
        assertThat(shifts.workingTime(monday, monday.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofMinutes(13));
        assertThat(shifts.workingTime(Times.at("2026-03-02T09:00:30+01:00"), Times.at("2026-03-02T09:06+01:00")))
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(shifts.workingTime(Times.at("2026-03-02T09:02+01:00"), Times.at("2026-03-02T09:04+01:00"))).isZero();
        assertThat(shifts.addWorking(monday, Duration.ofMinutes(2)))
                .contains(Times.at("2026-03-02T09:06+01:00"));
        assertThat(shifts.addWorking(monday, Duration.ofMinutes(3)))
                .contains(Times.at("2026-03-02T09:07+01:00"));
        assertThat(shifts.addWorking(monday, Duration.ofMinutes(14)))
                .contains(Times.at("2026-03-09T09:01+01:00"));
    }

    @Test
    void negative_working_time_cannot_be_added() {
        assertThatThrownBy(() -> office.addWorking(Instant.EPOCH, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot add negative working time: -1 ms");
    }

    @Test
    void working_time_over_two_years_is_the_sum_of_its_days() {
        // Crosses several index chunks (each about 398 days) and both DST switches twice.
        Instant start = Times.at("2025-01-01T00:00Z");
        Instant end = Times.at("2027-01-01T00:00Z");
        Duration byDay = Duration.ZERO;
        for (Instant day = start; day.isBefore(end); day = day.plus(Duration.ofDays(1))) {
            byDay = byDay.plus(office.workingTime(day, day.plus(Duration.ofDays(1))));
        }

        assertThat(office.workingTime(start, end)).isEqualTo(byDay).isGreaterThan(Duration.ofHours(3000));
    }

    @Test
    void adding_is_the_inverse_of_measuring_across_chunk_boundaries() {
        long chunk = 1L << 35;
        for (long k = Math.floorDiv(Times.at("2020-01-01T00:00Z").toEpochMilli(), chunk); k < 60; k++) {
            Instant start = Instant.ofEpochMilli(k * chunk - Duration.ofDays(2).toMillis());
            Instant end = office.addWorking(start, Duration.ofHours(20)).orElseThrow();

            assertThat(office.workingTime(start, end)).as("from %s", start).isEqualTo(Duration.ofHours(20));
            assertThat(office.workingTime(start, end.minusMillis(1))).as("earliest from %s", start)
                    .isLessThan(Duration.ofHours(20));
        }
    }

    @Test
    void instants_far_outside_the_cached_years_are_measured_too() {
        assertThat(working("1971-03-01T00:00+01:00", "1971-03-02T00:00+01:00")).isEqualTo(Duration.ofHours(7));
        assertThat(working("2400-03-01T00:00+01:00", "2400-03-02T00:00+01:00")).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void a_calendar_that_works_too_little_never_reaches_a_huge_amount() {
        BusinessCalendar minuteAWeek = BusinessCalendar.of("rare", ZoneOffset.UTC,
                Map.of(DayOfWeek.MONDAY, Calendars.ranges("09:00-09:01")), Set.of());

        assertThat(minuteAWeek.addWorking(Times.at("2026-03-02T00:00Z"), Duration.ofDays(3)))
                .contains(Times.at("2108-12-10T09:01Z"));
        assertThat(minuteAWeek.addWorking(Times.at("2026-03-02T00:00Z"), Duration.ofDays(365))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {2} {1}: {3}")
    @MethodSource("dst_cases")
    void a_range_is_the_real_time_between_its_resolved_ends(String zone, String range, String date, Duration expected) {
        LocalDate day = LocalDate.parse(date);
        BusinessCalendar calendar = BusinessCalendar.of("dst", ZoneId.of(zone),
                Map.of(day.getDayOfWeek(), Calendars.ranges(range)), Set.of());
        Instant from = day.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();

        assertThat(calendar.workingTime(from, from.plus(Duration.ofDays(5)))).isEqualTo(expected);
    }

    static Stream<Arguments> dst_cases() {
        return Stream.of(
                Arguments.of("Europe/Berlin", "00:00-06:00", "2026-03-29", Duration.ofHours(5)),
                Arguments.of("Europe/Berlin", "00:00-06:00", "2026-10-25", Duration.ofHours(7)),
                // 02:30 does not exist and moves forward by the gap's hour to 03:30.
                Arguments.of("Europe/Berlin", "02:30-05:00", "2026-03-29", Duration.ofMinutes(90)),
                // Both ends resolve to 03:00, or the start after the end: no working time.
                Arguments.of("Europe/Berlin", "02:00-03:00", "2026-03-29", Duration.ZERO),
                Arguments.of("Europe/Berlin", "02:30-03:10", "2026-03-29", Duration.ZERO),
                // 02:00 exists twice and takes the earlier offset (CEST); 03:00 is CET.
                Arguments.of("Europe/Berlin", "02:00-03:00", "2026-10-25", Duration.ofHours(2)),
                Arguments.of("America/New_York", "01:00-04:00", "2026-03-08", Duration.ofHours(2)),
                Arguments.of("America/New_York", "01:00-04:00", "2026-11-01", Duration.ofHours(4)),
                // Lord Howe shifts by 30 minutes.
                Arguments.of("Australia/Lord_Howe", "01:00-03:00", "2026-04-05", Duration.ofMinutes(150)),
                Arguments.of("Australia/Lord_Howe", "01:00-03:00", "2026-10-04", Duration.ofMinutes(90)),
                // Santiago switches at midnight: 24:00 of Saturday does not exist and moves to 01:00 of Sunday.
                Arguments.of("America/Santiago", "22:00-24:00", "2026-09-05", Duration.ofHours(2)),
                Arguments.of("America/Santiago", "00:00-08:00", "2026-09-06", Duration.ofHours(7)),
                Arguments.of("America/Santiago", "22:00-24:00", "2026-04-04", Duration.ofHours(3)),
                Arguments.of("UTC", "20:00-24:00", "2026-03-02", Duration.ofHours(4)),
                Arguments.of("Asia/Kolkata", "09:00-17:30", "2026-03-02", Duration.ofMinutes(510)));
    }

    @Test
    void ranges_that_overlap_once_resolved_count_once() {
        // On 29 March 02:30 moves to 03:30 CEST, inside the next range 03:00-05:00: 01:00 CET to 05:00 CEST is 3h.
        BusinessCalendar calendar = BusinessCalendar.of("split", ZoneId.of("Europe/Berlin"),
                Map.of(DayOfWeek.SUNDAY, Calendars.ranges("01:00-02:30", "03:00-05:00")), Set.of());

        assertThat(calendar.workingTime(Times.at("2026-03-28T00:00Z"), Times.at("2026-03-30T00:00Z")))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void a_calendar_that_never_works_is_rejected() {
        assertThatThrownBy(() -> BusinessCalendar.of("idle", ZoneOffset.UTC, Map.of(DayOfWeek.MONDAY, List.of()), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("calendar \"idle\" never works: it has no working range on any day");
    }

    @Test
    void overlapping_ranges_of_a_day_are_rejected() {
        assertThatThrownBy(() -> BusinessCalendar.of("busy", ZoneOffset.UTC,
                Map.of(DayOfWeek.MONDAY, Calendars.ranges("13:00-17:00", "09:00-13:30")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("calendar \"busy\": on MONDAY the working ranges 09:00-13:30 and 13:00-17:00 overlap");
    }

    @Test
    void the_built_in_id_cannot_be_taken() {
        assertThatThrownBy(() -> BusinessCalendar.of("24x7", ZoneOffset.UTC,
                Map.of(DayOfWeek.MONDAY, Calendars.ranges("09:00-17:00")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a calendar needs an id other than \"24x7\", not \"24x7\"");
    }

    @Test
    void working_ranges_read_and_write_hh_mm() {
        assertThat(WorkingRange.parse("09:00-12:30")).hasToString("09:00-12:30");
        assertThat(WorkingRange.parse("22:00-24:00").endSecond()).isEqualTo(86_400);
        assertThatThrownBy(() -> WorkingRange.parse("9-17")).hasMessage("\"9-17\" is not a working range HH:mm-HH:mm");
        assertThatThrownBy(() -> WorkingRange.parse("17:00-09:00")).hasMessage("\"17:00-09:00\" ends before it starts");
        assertThatThrownBy(() -> WorkingRange.parse("24:00-24:00")).hasMessage("\"24:00-24:00\" has no time 24:00");
        assertThatThrownBy(() -> WorkingRange.parse("09:00-24:30"))
                .hasMessage("\"09:00-24:30\" has no time 24:30 (24:00 is the end of the day)");
    }

    private Duration working(String from, String to) {
        return office.workingTime(Times.at(from), Times.at(to));
    }

    private Instant add(String from, Duration amount) {
        return office.addWorking(Times.at(from), amount).orElseThrow();
    }
}
