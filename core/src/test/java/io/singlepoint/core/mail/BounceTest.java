package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BounceTest {

    static Stream<Arguments> recipients() {
        return Stream.of(
                Arguments.of("failed", "5.1.1", true),
                Arguments.of("", "5.2.1", true),
                Arguments.of("failed", "", true),
                Arguments.of("failed", "4.4.7", false),
                Arguments.of("delayed", "4.4.1", false),
                Arguments.of("delayed", "5.0.0", false),
                Arguments.of("delivered", "2.0.0", false),
                Arguments.of("relayed", "", false));
    }

    @ParameterizedTest(name = "action {0}, status {1}: failing {2}")
    @MethodSource("recipients")
    void only_a_permanent_failure_stops_notifications(String action, String status, boolean failing) {
        assertThat(new Bounce.Recipient("a@example.com", action, status, "").failing()).isEqualTo(failing);
    }

    @Test
    void a_delivery_status_with_folded_fields_and_several_recipients_is_read() {
        String status = """
                Reporting-MTA: dns; mx.example.com
                Arrival-Date: Mon, 2 Nov 2026 16:05:00 +0100

                Final-Recipient: rfc822; <Anna@Example.com>
                Action: failed
                Status: 5.1.1 (user unknown)
                Diagnostic-Code: smtp; 550 5.1.1 <anna@example.com>:
                    Recipient address rejected

                Original-Recipient: rfc822;bob@example.com
                Action: delayed
                Status: 4.4.1
                """;

        assertThat(Bounce.parseStatus(status)).containsExactly(
                new Bounce.Recipient("anna@example.com", "failed", "5.1.1",
                        "smtp; 550 5.1.1 <anna@example.com>: Recipient address rejected"),
                new Bounce.Recipient("bob@example.com", "delayed", "4.4.1", ""));
    }

    @Test
    void failing_addresses_are_listed_once() {
        Bounce bounce = new Bounce(java.util.List.of(
                new Bounce.Recipient("a@example.com", "failed", "5.1.1", ""),
                new Bounce.Recipient("a@example.com", "failed", "5.1.1", ""),
                new Bounce.Recipient("b@example.com", "delayed", "4.4.1", "")), null);

        assertThat(bounce.failingAddresses()).containsExactly("a@example.com");
    }
}
