package io.singlepoint.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailboxTest {

    @Test
    void a_bare_address_is_a_mailbox_without_a_name() {
        assertThat(Mailbox.parse(" help@example.com ")).isEqualTo(new Mailbox(null, EmailAddress.of("help@example.com")));
    }

    @Test
    void a_name_and_an_address_in_angle_brackets_is_a_named_mailbox() {
        Mailbox mailbox = Mailbox.parse("IT Service Desk <help@example.com>");

        assertThat(mailbox.name()).isEqualTo("IT Service Desk");
        assertThat(mailbox.address().value()).isEqualTo("help@example.com");
        assertThat(mailbox).hasToString("IT Service Desk <help@example.com>");
    }

    @Test
    void a_quoted_name_may_hold_commas_and_escaped_quotes() {
        Mailbox mailbox = Mailbox.parse("\"Service Desk, \\\"IT\\\"\" <help@example.com>");

        assertThat(mailbox.name()).isEqualTo("Service Desk, \"IT\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ceo@example.com <help@example.com>",
        "\"ceo@example.com\" <help@example.com>",
        "Desk <help@example.com>, Other <other@example.com>",
        "Desk <help@example.com> trailing",
        "Desk\r\nBcc: x@example.com <help@example.com>",
        "Desk <help@example.com\r\nBcc: x@example.com>",
        "Desk <<help@example.com>>"})
    void a_name_posing_as_an_address_or_a_second_address_is_refused(String text) {
        assertThatThrownBy(() -> Mailbox.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_directory_name_is_made_fit_or_dropped_rather_than_refused() {
        EmailAddress address = EmailAddress.of("bob@example.com");

        assertThat(Mailbox.lenient("Bob\r\nBcc: eve@example.com", address).name()).isNull();
        assertThat(Mailbox.lenient("Bob\r\n  Brandt", address).name()).isEqualTo("Bob Brandt");
        assertThat(Mailbox.lenient("B".repeat(300), address).name()).hasSize(Mailbox.MAX_NAME).endsWith("…");
        assertThat(Mailbox.lenient("  ", address).name()).isNull();
    }
}
