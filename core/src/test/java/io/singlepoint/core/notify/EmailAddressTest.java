package io.singlepoint.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"help@example.com", "first.last+tag@sub.example.co.uk", "o'brien@example.ie",
        "x_y-z@a-b.example", "1234@example.com"})
    void plain_addresses_are_taken(String text) {
        assertThat(EmailAddress.of(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "help@example.com\r\nBcc: victim@example.org",
        "help@example.com\nX-Injected: 1",
        "a@example.com, b@example.com",
        "a@example.com;b@example.com",
        "Service Desk <help@example.com>",
        "\"quoted\"@example.com",
        "help@[192.0.2.1]",
        "help@localhost",
        "help@example.com (comment)",
        "help @example.com",
        ".help@example.com",
        "he..lp@example.com",
        "help@-example.com",
        "help@example..com",
        "hélp@example.com",
        "help@exämple.com",
        "@example.com",
        "help@",
        "",
        "help@example.com\u0000"})
    void anything_but_one_plain_address_is_refused(String text) {
        assertThatThrownBy(() -> EmailAddress.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("is not one e-mail address such as help@example.com")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r", "\n"));
    }

    @Test
    void a_local_part_longer_than_64_is_refused() {
        assertThat(EmailAddress.isValid("a".repeat(64) + "@example.com")).isTrue();
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.com")).isFalse();
    }

    @Test
    void the_domain_is_kept_in_lower_case_the_local_part_as_given() {
        EmailAddress address = EmailAddress.of(" Bob.Brandt@Example.COM ");

        assertThat(address.value()).isEqualTo("Bob.Brandt@example.com");
        assertThat(address.domain()).isEqualTo("example.com");
        assertThat(address.sameMailbox(EmailAddress.of("bob.brandt@example.com"))).isTrue();
    }
}
