package io.singlepoint.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant FAILED = Instant.parse("2026-07-01T06:00:00Z");

    @Test
    void waits_a_minute_then_twice_as_long_each_time_up_to_an_hour() {
        assertThat(Backoff.next(1, FAILED)).contains(Instant.parse("2026-07-01T06:01:00Z"));
        assertThat(Backoff.next(2, FAILED)).contains(Instant.parse("2026-07-01T06:02:00Z"));
        assertThat(Backoff.next(4, FAILED)).contains(Instant.parse("2026-07-01T06:08:00Z"));
        assertThat(Backoff.next(7, FAILED)).contains(Instant.parse("2026-07-01T07:00:00Z"));
        assertThat(Backoff.next(9, FAILED)).contains(Instant.parse("2026-07-01T07:00:00Z"));
    }

    @Test
    void gives_up_after_the_tenth_failure() {
        assertThat(Backoff.next(Backoff.MAX_ATTEMPTS, FAILED)).isEmpty();
        assertThat(Backoff.next(50, FAILED)).isEmpty();
    }

    @Test
    void a_count_below_one_is_a_mistake() {
        assertThatThrownBy(() -> Backoff.next(0, FAILED)).isInstanceOf(IllegalArgumentException.class);
    }
}
