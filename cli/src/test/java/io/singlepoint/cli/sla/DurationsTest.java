package io.singlepoint.cli.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DurationsTest {

    static Stream<Arguments> durations() {
        return Stream.of(
                Arguments.of(Duration.ZERO, "0"),
                Arguments.of(Duration.ofMillis(250), "250ms"),
                Arguments.of(Duration.ofSeconds(12), "12s"),
                Arguments.of(Duration.ofSeconds(45 * 60 + 30), "45m 30s"),
                Arguments.of(Duration.ofMinutes(45), "45m"),
                Arguments.of(Duration.ofMinutes(135), "2h 15m"),
                Arguments.of(Duration.ofHours(2).plusSeconds(59), "2h"),
                Arguments.of(Duration.ofHours(40), "1d 16h"),
                Arguments.of(Duration.ofHours(76).plusMinutes(59), "3d 4h"),
                Arguments.of(Duration.ofDays(400), "400d"),
                Arguments.of(Duration.ofMinutes(-90), "-1h 30m"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("durations")
    void durations_show_their_two_largest_units_rounded_down(Duration duration, String human) {
        assertThat(Durations.human(duration.toMillis())).isEqualTo(human);
    }
}
