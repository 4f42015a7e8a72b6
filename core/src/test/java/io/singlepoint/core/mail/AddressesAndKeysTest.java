package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddressesAndKeysTest {

    private final OwnAddresses own = OwnAddresses.of(List.of("ServiceDesk@Example.com"));
    private final ProjectKeys projects = ProjectKeys.of(List.of("SD", "CHG"));

    @Test
    void own_addresses_match_ignoring_case_and_sub_address_tags() {
        assertThat(own.contains("servicedesk@example.com")).isTrue();
        assertThat(own.contains("SERVICEDESK@EXAMPLE.COM")).isTrue();
        assertThat(own.contains("servicedesk+sd-12@example.com")).isTrue();
        assertThat(own.contains("servicedesk@example.org")).isFalse();
        assertThat(own.contains("other+servicedesk@example.com")).isFalse();
        assertThat(own.contains(null)).isFalse();
    }

    static Stream<Arguments> subjects() {
        return Stream.of(
                Arguments.of("[SD-12] VPN", List.of("SD-12")),
                Arguments.of("RE: SD-12 printer", List.of("SD-12")),
                Arguments.of("AW: sd-12: Drucker", List.of("SD-12")),
                Arguments.of("SD-12 and CHG-45, again SD-12", List.of("SD-12", "CHG-45")),
                Arguments.of("OPS-5 backup", List.of()),
                Arguments.of("XSD-12 or SD-012 or SD-12a or SD-0", List.of()),
                Arguments.of("UTF-8 in ISO-8859-1", List.of()),
                Arguments.of("(SD-7)", List.of("SD-7")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void subject_keys_are_those_of_configured_projects_only(String subject, List<String> keys) {
        assertThat(projects.find(subject)).isEqualTo(keys);
    }

    @Test
    void any_project_for_previews_skips_well_known_non_keys() {
        assertThat(ProjectKeys.ANY.find("RE: [OPS-5] UTF-8 issue, see ISO-8859 and HR-3"))
                .containsExactly("OPS-5", "HR-3");
    }

    @Test
    void a_project_key_that_jira_would_not_accept_is_refused() {
        assertThatThrownBy(() -> ProjectKeys.of(List.of("S D"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"S D\" is no Jira project key");
    }

    static Stream<Arguments> address_lists() {
        return Stream.of(
                Arguments.of("Tom Harris <Tom@Example.com>", List.of(new Mailbox("Tom Harris", "tom@example.com"))),
                Arguments.of("\"Becker, Anna\" <anna@example.com>, bob@example.com",
                        List.of(new Mailbox("Becker, Anna", "anna@example.com"), new Mailbox("", "bob@example.com"))),
                Arguments.of("=?UTF-8?Q?J=C3=B6rg?= <joerg@example.com>", List.of(new Mailbox("Jörg", "joerg@example.com"))),
                Arguments.of("MAILER-DAEMON@mx.example.com (Mail Delivery System)",
                        List.of(new Mailbox("", "mailer-daemon@mx.example.com"))),
                Arguments.of("undisclosed-recipients:;", List.of()),
                Arguments.of("team: a@example.com, b@example.com;",
                        List.of(new Mailbox("", "a@example.com"), new Mailbox("", "b@example.com"))),
                Arguments.of("no address here", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("address_lists")
    void address_lists_are_read_leniently(String header, List<Mailbox> boxes) {
        assertThat(Mailbox.parseList(header)).isEqualTo(boxes);
    }

    @Test
    void message_ids_are_read_without_brackets_in_order_without_duplicates() {
        assertThat(MessageIds.parse("<a@x> <b@x>\r\n <a@x> (comment) <c@\r\n x>")).containsExactly("a@x", "b@x", "c@x");
        assertThat(MessageIds.parse("a@x b@x")).containsExactly("a@x", "b@x");
        assertThat(MessageIds.first(null)).isNull();
    }

    @Test
    void dates_in_the_forms_mail_clients_write_are_read() {
        assertThat(MailDates.parse("Tue, 3 Nov 2026 09:41:12 +0000")).hasToString("2026-11-03T09:41:12Z");
        assertThat(MailDates.parse("3 Nov 26 10:41 +0100")).hasToString("2026-11-03T09:41:00Z");
        assertThat(MailDates.parse("Mon, 02 Nov 2026 07:05:31 -0800 (PST)")).hasToString("2026-11-02T15:05:31Z");
        assertThat(MailDates.parse("Wed, 4 Nov 2026 11:02:10 EST")).hasToString("2026-11-04T16:02:10Z");
        assertThat(MailDates.parse("yesterday")).isNull();
        assertThat(MailDates.parse("31 Feb 2026 10:00 +0000")).isNull();
    }
}
