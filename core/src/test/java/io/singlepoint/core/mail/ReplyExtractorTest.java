package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyExtractorTest {

    private final ReplyExtractor extractor = new ReplyExtractor(ReplyRules.DEFAULT);

    static Stream<Arguments> quote_headers() {
        return Stream.of(
                Arguments.of("en gmail", "On Mon, Nov 2, 2026 at 4:05 PM Service Desk <servicedesk@example.com> wrote:"),
                Arguments.of("en apple", "On 2 Nov 2026, at 16:05, Service Desk <servicedesk@example.com> wrote:"),
                Arguments.of("en thunderbird", "On 02/11/2026 16:05, Service Desk wrote:"),
                Arguments.of("de gmail", "Am Mo., 2. Nov. 2026 um 17:20 Uhr schrieb Service Desk <servicedesk@example.com>:"),
                Arguments.of("de thunderbird", "Am 02.11.26 um 17:20 schrieb Service Desk:"),
                Arguments.of("de bare", "Service Desk <servicedesk@example.com> schrieb am 02.11.2026 17:20:"),
                Arguments.of("fr apple", "Le 2 nov. 2026 à 17:20, Service Desk <servicedesk@example.com> a écrit :"),
                Arguments.of("fr gmail", "Le lun. 2 nov. 2026 à 17:20, Service Desk <servicedesk@example.com> a écrit :"),
                Arguments.of("es gmail", "El lun, 2 nov 2026 a las 17:20, Service Desk (<servicedesk@example.com>) escribió:"),
                Arguments.of("nl gmail", "Op ma 2 nov. 2026 om 17:20 schreef Service Desk <servicedesk@example.com>:"),
                Arguments.of("nl apple", "Op 2 nov. 2026 om 17:20 heeft Service Desk <servicedesk@example.com> het volgende geschreven:"),
                Arguments.of("it gmail", "Il giorno lun 2 nov 2026 alle ore 17:20 Service Desk <servicedesk@example.com> ha scritto:"),
                Arguments.of("pt gmail", "Em seg., 2 de nov. de 2026 às 17:20, Service Desk <servicedesk@example.com> escreveu:"),
                Arguments.of("pt portugal", "A 2/11/2026, às 17:20, Service Desk escreveu:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quote_headers")
    void quoted_history_under_an_attribution_is_removed(String client, String attribution) {
        String mail = "Thanks, it works now.\n\n" + attribution + "\n\n> Please restart the router.\n> Regards\n";

        assertThat(extractor.extract(mail)).isEqualTo("Thanks, it works now.");
    }

    static Stream<Arguments> outlook_blocks() {
        return Stream.of(
                Arguments.of("en", "From: Service Desk <servicedesk@example.com>\nSent: Monday, November 2, 2026 4:05 PM\n"
                        + "To: Tom Harris <tom@example.com>\nSubject: [SD-12] VPN"),
                Arguments.of("de", "Von: Service Desk <servicedesk@example.com>\nGesendet: Montag, 2. November 2026 17:20\n"
                        + "An: Becker, Anna\nBetreff: [SD-14] Drucker"),
                Arguments.of("fr", "De : Service Desk <servicedesk@example.com>\nEnvoyé : lundi 2 novembre 2026 16:05\n"
                        + "À : Claire Dubois\nObjet : [SD-12] VPN"),
                Arguments.of("es", "De: Service Desk <servicedesk@example.com>\nEnviado el: lunes, 2 de noviembre de 2026 16:05\n"
                        + "Para: Javier Ruiz\nAsunto: [SD-12] VPN"),
                Arguments.of("nl", "Van: Service Desk <servicedesk@example.com>\nVerzonden: maandag 2 november 2026 17:20\n"
                        + "Aan: Sanne de Vries\nOnderwerp: [SD-14] Printer"),
                Arguments.of("it", "Da: Service Desk <servicedesk@example.com>\nInviato: lunedì 2 novembre 2026 16:05\n"
                        + "A: Giulia Rossi\nOggetto: [SD-12] VPN"),
                Arguments.of("pt", "De: Service Desk <servicedesk@example.com>\nEnviada em: segunda-feira, 2 de novembro de 2026\n"
                        + "Para: João Silva\nAssunto: [SD-14] Impressora"),
                Arguments.of("outlook web", "________________________________\nFrom: Service Desk <servicedesk@example.com>\n"
                        + "Sent: Wednesday, November 4, 2026 3:10 PM\nTo: Priya\nSubject: [CHG-45] Firewall"),
                Arguments.of("original message", "-----Original Message-----\nFrom: Service Desk"),
                Arguments.of("ursprüngliche nachricht", "-----Ursprüngliche Nachricht-----\nVon: Service Desk"),
                Arguments.of("message d'origine", "-----Message d'origine-----\nDe : Service Desk"),
                Arguments.of("lotus", "-----\"Service Desk\" <servicedesk@example.com> wrote: -----"),
                Arguments.of("lotus tabs", "Von:\tService Desk <servicedesk@example.com>\nAn:\tanna@example.com\n"
                        + "Datum:\t02.11.2026 17:20\nBetreff:\t[SD-14] Drucker"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outlook_blocks")
    void unquoted_outlook_history_is_cut_at_its_header_block(String client, String block) {
        String mail = "Done, the printer works.\n\nBest regards\nAnna\n\n" + block + "\n\nHello Anna,\nplease check.\n";

        assertThat(extractor.extract(mail)).isEqualTo("Done, the printer works.\n\nBest regards\nAnna");
    }

    @Nested
    class Inline_answers {

        @Test
        void answers_between_quoted_lines_are_kept_with_the_quote_above_each() {
            String mail = """
                    Answers inline.

                    On Wed, Nov 4, 2026 at 3:10 PM Service Desk <servicedesk@example.com> wrote:
                    > We need three details.
                    >
                    > Which network?
                    10.20.0.0/16

                    > Which ports?
                    443 and 8443

                    > Rollback plan?
                    > Regards
                    """;

            assertThat(extractor.extract(mail)).isEqualTo("""
                    Answers inline.

                    > Which network?
                    10.20.0.0/16

                    > Which ports?
                    443 and 8443""");
        }

        @Test
        void a_single_answer_below_the_quote_is_bottom_posting_and_needs_no_context() {
            String mail = "On 02/11/2026 16:05, Service Desk wrote:\n> Hello Oliver,\n> Your reference: SD-12\n\n"
                    + "It also drops on the hotspot.\n\n-- \nOliver\n";

            assertThat(extractor.extract(mail)).isEqualTo("It also drops on the hotspot.");
        }

        @Test
        void context_is_at_most_the_configured_number_of_lines() {
            ReplyExtractor oneLine = new ReplyExtractor(new ReplyRules(List.of(), 1));
            String mail = "See below.\n\n> a\n> b\n> c\nanswer\n";

            assertThat(oneLine.extract(mail)).isEqualTo("See below.\n\n> c\nanswer");
        }
    }

    @Nested
    class Signatures {

        static Stream<String> mobile_signatures() {
            return Stream.of("Sent from my iPhone", "Sent from my Galaxy", "Gesendet von meinem iPhone",
                    "Von meinem iPhone gesendet", "Envoyé de mon iPhone", "Enviado desde mi iPhone",
                    "Verzonden vanaf mijn iPhone", "Inviato da iPhone", "Enviado do meu iPhone",
                    "Get Outlook for iOS<https://aka.ms/o0ukef>", "Holen Sie sich Outlook für Android",
                    "Inviato dal mio smartphone Samsung Galaxy.",
                    "Diese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mobile_signatures")
        void a_phone_signature_and_what_follows_it_go(String signature) {
            assertThat(extractor.extract("Works now.\n\n" + signature + "\n")).isEqualTo("Works now.");
        }

        @Test
        void the_dash_dash_space_delimiter_starts_a_signature() {
            assertThat(extractor.extract("Works now.\n-- \nTom Harris\nFinance\n")).isEqualTo("Works now.");
        }

        @Test
        void a_configured_pattern_starts_a_signature() {
            ReplyExtractor withCompany = new ReplyExtractor(
                    ReplyRules.withSignatures(List.of("Mit freundlichen Gr(ü|ue)(ß|ss)en")));

            assertThat(withCompany.extract("Passt.\n\nMit freundlichen Grüßen\nAnna Becker\nACME GmbH\n"))
                    .isEqualTo("Passt.");
        }

        @Test
        void a_sentence_that_starts_like_a_phone_signature_but_runs_long_stays() {
            String text = "Sent from my laptop at home, the VPN client shows error 809 every time I connect to the"
                    + " office network after lunch.";

            assertThat(extractor.extract(text)).isEqualTo(text);
        }
    }

    @Test
    void a_forwarded_mail_keeps_the_forwarded_message() {
        String mail = "Please handle.\n\n---------- Forwarded message ---------\nFrom: Vendor <v@example.com>\n"
                + "Subject: Licence\n\nYour licence expires.\n";

        assertThat(extractor.extract(mail)).contains("Your licence expires.");
    }

    @Test
    void a_word_like_wrote_inside_a_sentence_is_no_attribution() {
        String mail = "On Monday the vendor wrote: we will ship a fix.\nThat did not happen.\n";

        assertThat(extractor.extract(mail)).isEqualTo("On Monday the vendor wrote: we will ship a fix.\n"
                + "That did not happen.");
    }

    @Test
    void blank_runs_and_trailing_spaces_are_tidied() {
        assertThat(extractor.extract("\n\nHello  \n\n\n\nWorld\u00A0\n\n")).isEqualTo("Hello\n\nWorld");
    }
}
