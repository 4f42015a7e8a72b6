package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import io.singlepoint.core.fixtures.Calendars;
import io.singlepoint.core.fixtures.SlaArbitraries;
import io.singlepoint.core.fixtures.Times;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link BusinessCalendar} against {@link ReferenceCalendar} on random calendars around DST switches. */
class BusinessCalendarReferenceTest {

    /** A calendar, a start and an end (possibly before the start), and an amount of working time. */
    record Span(BusinessCalendar calendar, Instant from, Instant to, Duration amount) {
    }

    @Property(tries = 1000)
    void working_time_agrees_with_counting_working_minutes_one_by_one(@ForAll("spans") Span span) {
        Duration expected = new ReferenceCalendar(span.calendar()).workingTime(span.from(), span.to());

        assertThat(span.calendar().workingTime(span.from(), span.to())).isEqualTo(expected);
    }

    @Property(tries = 500)
    void add_working_is_the_earliest_instant_that_reaches_the_amount(@ForAll("spans") Span span) {
        Instant expected = new ReferenceCalendar(span.calendar()).addWorking(span.from(), span.amount());

        Instant actual = span.calendar().addWorking(span.from(), span.amount()).orElseThrow();

        assertThat(actual).isEqualTo(expected);
        assertThat(span.calendar().workingTime(span.from(), actual)).isEqualTo(span.amount());
    }

    /** Three instants {@code a <= b <= c} up to years apart, anywhere from 1990 to 2070, to the millisecond. */
    record LongSpan(BusinessCalendar calendar, Instant a, Instant b, Instant c) {
    }

    // The reference is too slow for years; these check that the calendar is consistent with itself over them.

    @Property(tries = 200)
    void working_time_adds_up_across_a_split_of_a_long_span(@ForAll("longSpans") LongSpan span) {
        BusinessCalendar calendar = span.calendar();

        assertThat(calendar.workingTime(span.a(), span.b()).plus(calendar.workingTime(span.b(), span.c())))
                .isEqualTo(calendar.workingTime(span.a(), span.c()));
    }

    @Property(tries = 200)
    void add_working_over_years_lands_where_the_working_time_first_reaches_the_amount(
            @ForAll("longSpans") LongSpan span) {
        BusinessCalendar calendar = span.calendar();
        Duration amount = calendar.workingTime(span.a(), span.c());

        Instant reached = calendar.addWorking(span.a(), amount).orElseThrow();

        assertThat(calendar.workingTime(span.a(), reached)).isEqualTo(amount);
        assertThat(reached).isBeforeOrEqualTo(span.c());
        if (reached.isAfter(span.a())) {
            assertThat(calendar.workingTime(span.a(), reached.minusMillis(1))).isLessThan(amount);
        }
    }

    /** One known DST case: a calendar working {@code ranges} every day, measured over {@code [from, to)}. */
    record DstCase(String name, String zone, List<String> ranges, String from, String to, long minutes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<DstCase> dst_cases() {
        return Stream.of(
                new DstCase("a range inside Berlin's spring gap moves forward whole", "Europe/Berlin",
                        List.of("02:15-02:45"), "2026-03-28T22:00Z", "2026-03-29T06:00Z", 30),
                new DstCase("a range that starts in Berlin's spring gap and ends at its end is empty", "Europe/Berlin",
                        List.of("02:30-03:00"), "2026-03-28T22:00Z", "2026-03-29T06:00Z", 0),
                new DstCase("the same range the next night lasts its half hour", "Europe/Berlin",
                        List.of("02:30-03:00"), "2026-03-29T22:00Z", "2026-03-30T06:00Z", 30),
                new DstCase("New York's spring gap makes two ranges overlap, and they count once", "America/New_York",
                        List.of("01:00-02:30", "03:00-04:00"), "2026-03-08T00:00Z", "2026-03-08T12:00Z", 120),
                new DstCase("Lord Howe springs forward half an hour", "Australia/Lord_Howe",
                        List.of("01:00-03:00"), "2026-10-03T12:00Z", "2026-10-03T20:00Z", 90),
                new DstCase("Lord Howe falls back half an hour", "Australia/Lord_Howe",
                        List.of("01:00-03:00"), "2026-04-04T12:00Z", "2026-04-04T20:00Z", 150),
                new DstCase("24:00 in Beirut's midnight gap is 01:00 of the next day", "Asia/Beirut",
                        List.of("23:00-24:00"), "2026-03-28T18:00Z", "2026-03-29T00:00Z", 60),
                new DstCase("the hour before Beirut falls back at midnight lasts two", "Asia/Beirut",
                        List.of("23:00-24:00"), "2026-10-24T18:00Z", "2026-10-25T00:00Z", 120),
                new DstCase("Samoa's skipped 30 December 2011 works on the 31st, which counts once", "Pacific/Apia",
                        List.of("09:00-17:00"), "2011-12-31T00:00+14:00", "2012-01-01T00:00+14:00", 480));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dst_cases")
    void calendar_and_reference_agree_with_known_dst_cases(DstCase row) {
        BusinessCalendar calendar = Calendars.everyDay("dst", row.zone(), row.ranges().toArray(String[]::new));
        Instant from = Times.at(row.from());
        Instant to = Times.at(row.to());

        assertThat(new ReferenceCalendar(calendar).workingTime(from, to)).isEqualTo(Duration.ofMinutes(row.minutes()));
        assertThat(calendar.workingTime(from, to)).isEqualTo(Duration.ofMinutes(row.minutes()));
    }

    /** Mostly whole minutes, where the reference is plainly exact; sometimes any millisecond. */
    @Provide
    Arbitrary<Span> spans() {
        Arbitrary<Boolean> always = Arbitraries.frequency(Tuple.of(8, false), Tuple.of(1, true));
        Arbitrary<Long> fromMinutes = SlaArbitraries.uniform(-36 * 60, 12 * 60);
        Arbitrary<Long> lengthMinutes = SlaArbitraries.uniform(-60, 4 * 24 * 60);
        // Per mille of a week's nominal working time: about a week of walking at most for the reference,
        // however little the calendar works.
        Arbitrary<Long> amountPerMille = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(4, SlaArbitraries.uniform(1, 1000)));
        Arbitrary<Long> millis = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(1, SlaArbitraries.uniform(1, 59_999)));
        return Combinators.combine(SlaArbitraries.calendarsAround(), always, fromMinutes, lengthMinutes,
                        amountPerMille, millis, millis, millis)
                .as((around, onAlways, from, length, perMille, fromMillis, lengthMillis, amountMillis) -> {
                    BusinessCalendar calendar = onAlways ? BusinessCalendar.ALWAYS : around.calendar();
                    Instant start = around.day().date().atStartOfDay(ZoneOffset.UTC).toInstant()
                            .plus(Duration.ofMinutes(from)).plusMillis(fromMillis);
                    Duration amount = perMille == 0 ? Duration.ZERO
                            : weekly(calendar).multipliedBy(perMille).dividedBy(1000).plusMillis(amountMillis);
                    return new Span(calendar, start, start.plus(Duration.ofMinutes(length)).plusMillis(lengthMillis),
                            amount);
                });
    }

    @Provide
    Arbitrary<LongSpan> longSpans() {
        Arbitrary<Long> instants = SlaArbitraries.uniform(Instant.parse("1990-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2060-01-01T00:00:00Z").toEpochMilli());
        Arbitrary<Long> lengths = Arbitraries.frequencyOf(Tuple.of(1, SlaArbitraries.uniform(0, 7L * 24 * 3_600_000)),
                Tuple.of(1, SlaArbitraries.uniform(0, 5L * 366 * 24 * 3_600_000)));
        return Combinators.combine(SlaArbitraries.calendarsAround(), instants, lengths, lengths)
                .as((around, a, ab, bc) -> new LongSpan(around.calendar(), Instant.ofEpochMilli(a),
                        Instant.ofEpochMilli(a + ab), Instant.ofEpochMilli(a + ab + bc)));
    }

    /** The working time of a week without holidays or DST switches. */
    private static Duration weekly(BusinessCalendar calendar) {
        return Duration.ofSeconds(calendar.week().values().stream().flatMap(List::stream)
                .mapToLong(range -> range.endSecond() - range.startSecond()).sum());
    }
}
