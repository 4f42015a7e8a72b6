package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AutomaticMailTest {

    private static Headers headers(String... nameValue) {
        List<Headers.Field> fields = new java.util.ArrayList<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            fields.add(new Headers.Field(nameValue[i], nameValue[i + 1]));
        }
        fields.add(new Headers.Field("From", "Tom <tom@example.com>"));
        return new Headers(fields);
    }

    static Stream<Arguments> automatic_headers() {
        return Stream.of(
                Arguments.of(headers("Auto-Submitted", "auto-replied"), "auto-submitted"),
                Arguments.of(headers("Auto-Submitted", "auto-generated; owner-email=\"x@example.com\""), "auto-submitted"),
                Arguments.of(headers("Auto-Submitted", "Auto-Notified"), "auto-submitted"),
                Arguments.of(headers("Precedence", "bulk"), "precedence"),
                Arguments.of(headers("Precedence", "JUNK"), "precedence"),
                Arguments.of(headers("Precedence", "list"), "precedence"),
                Arguments.of(headers("X-Autoreply", "yes"), "auto-reply-header"),
                Arguments.of(headers("X-Autorespond", "Vacation"), "auto-reply-header"),
                Arguments.of(headers("X-Auto-Response-Suppress", "All"), "auto-reply-header"),
                Arguments.of(headers("X-Auto-Response-Suppress", "DR, OOF"), "auto-reply-header"),
                Arguments.of(headers("List-Id", "<it.lists.example.com>"), "list"),
                Arguments.of(headers("List-Unsubscribe", "<mailto:leave@example.com>"), "list"),
                Arguments.of(headers("Return-Path", "< >"), "mailer-daemon"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("automatic_headers")
    void headers_of_machines_make_a_mail_automatic(Headers headers, String reason) {
        Automatic automatic = AutomaticMail.classify(headers, "Re: [SD-12] VPN", "text/plain", null);

        assertThat(automatic.isAutomatic()).isTrue();
        assertThat(automatic.reason()).isEqualTo(reason);
    }

    static Stream<Headers> person_headers() {
        return Stream.of(headers("Auto-Submitted", "no"), headers("Precedence", "first-class"),
                headers("X-Auto-Response-Suppress", "DR, RN, NRN"), headers("X-Autoreply", "no"), headers());
    }

    @ParameterizedTest
    @MethodSource("person_headers")
    void headers_that_do_not_say_machine_leave_a_mail_personal(Headers headers) {
        assertThat(AutomaticMail.classify(headers, "Re: [SD-12] VPN", "text/plain", null)).isEqualTo(Automatic.NO);
    }

    static Stream<String> out_of_office_subjects() {
        return Stream.of("Automatic reply: [SD-12] VPN", "Out of Office: VPN", "Auto-Reply: VPN", "Autoreply",
                "Abwesenheitsnotiz: [SD-14] Drucker", "Automatische Antwort: [SD-14] Drucker", "Abwesend: x",
                "Réponse automatique : [SD-12] VPN", "Absent du bureau", "Respuesta automática: [SD-12]",
                "Fuera de la oficina", "Automatisch antwoord: [SD-14]", "Afwezig: tot 13 november",
                "Risposta automatica: [SD-12]", "Fuori ufficio", "Resposta automática: [SD-12]",
                "Fora do escritório até dia 9", "[EXTERNAL] Automatic reply: hello");
    }

    @ParameterizedTest
    @MethodSource("out_of_office_subjects")
    void out_of_office_subjects_in_seven_languages_are_automatic_without_any_header(String subject) {
        Automatic automatic = AutomaticMail.classify(headers(), subject, "text/plain", null);

        assertThat(automatic.reason()).isEqualTo("out-of-office");
    }

    static Stream<String> person_subjects() {
        return Stream.of("RE: [SD-12] Out of office calendar does not sync", "Urlaubsantrag für Dezember",
                "Absent-minded printer again", "Ausente field missing in HR form", "Re: Automatic replies setup",
                "Vacation days in SAP");
    }

    @ParameterizedTest
    @MethodSource("person_subjects")
    void subjects_that_only_mention_an_absence_are_a_persons_mail(String subject) {
        assertThat(AutomaticMail.classify(headers(), subject, "text/plain", null)).isEqualTo(Automatic.NO);
    }

    @Test
    void reports_are_automatic_by_their_report_type() {
        assertThat(AutomaticMail.classify(headers(), "x", "multipart/report", "delivery-status").reason())
                .isEqualTo("delivery-report");
        assertThat(AutomaticMail.classify(headers(), "x", "multipart/report", "disposition-notification").reason())
                .isEqualTo("read-receipt");
    }

    @Test
    void mail_from_a_mailer_daemon_is_automatic() {
        Headers daemon = new Headers(List.of(new Headers.Field("From", "MAILER-DAEMON@mx.example.com (Mail System)")));

        assertThat(AutomaticMail.classify(daemon, "failure notice", "text/plain", null).reason())
                .isEqualTo("mailer-daemon");
    }
}
