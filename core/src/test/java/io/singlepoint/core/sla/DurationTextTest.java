package io.singlepoint.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"4h, PT4H", "30m, PT30M", "1h30m, PT1H30M", "1h 30m, PT1H30M", "2d, PT48H", "1w, PT168H",
            "1w2d3h4m, PT219H4M", "PT4H, PT4H", "pt90m, PT1H30M", " 4H , PT4H"})
    void durations_read_as_people_type_them(String text, Duration expected) {
        assertThat(DurationText.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4", "h", "4 hours", "-4h", "4s", "P1M", "99999999999999999999h", "PT-1H"})
    void anything_else_is_refused_with_the_forms_that_work(String text) {
        assertThatThrownBy(() -> DurationText.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"" + text + "\" is not a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0h", "PT0S", "0m"})
    void zero_is_no_window(String text) {
        assertThatThrownBy(() -> DurationText.parse(text)).hasMessage("\"" + text + "\" is not a positive duration");
    }
}
