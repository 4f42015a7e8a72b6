package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of reply extraction over replies assembled from the pieces real mail is made of. */
class ReplyExtractorPropertiesTest {

    private static final List<String> PIECES = List.of(
            "Thanks, it works now.", "Hallo,", "", "", "Best regards", "Anna", "> Please restart.", ">", "> > older",
            "> On Mon, Nov 2, 2026 at 4:05 PM Service Desk wrote:", "On Mon, Nov 2, 2026 at 4:05 PM Service Desk <",
            "servicedesk@example.com> wrote:", "Am 02.11.26 um 17:20 schrieb Service Desk:",
            "Le 2 nov. 2026 à 17:20, Service Desk a écrit :", "From: Service Desk <servicedesk@example.com>",
            "Sent: Monday, November 2, 2026", "To: Tom", "Subject: [SD-12] VPN", "-----Original Message-----",
            "________________________________", "-- ", "--", "Sent from my iPhone", "Von meinem iPhone gesendet",
            "10.20.0.0/16", "TCP 443 and 8443.", "   indented line", "\tTabbed", "Anna Becker <anna@example.com> wrote:",
            "---------- Forwarded message ---------", "Begin forwarded message:", "> ", "  > spaced quote",
            "\u00A0", "Zoë écrit à l'équipe", "x", "Mit freundlichen Grüßen", "Grüße", "Jonas");

    private final ReplyExtractor extractor = new ReplyExtractor(ReplyRules.DEFAULT);
    private final ReplyExtractor withSignature = new ReplyExtractor(
            ReplyRules.withSignatures(List.of("Mit freundlichen Gr(ü|ue)(ß|ss)en")));

    @Provide
    Arbitrary<String> replies() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 3000)
    void cleaning_twice_changes_nothing(@ForAll("replies") String reply) {
        String once = extractor.extract(reply);

        assertThat(extractor.extract(once)).as("cleaning %s", escaped(reply)).isEqualTo(once);
    }

    @Example
    void blank_lines_between_a_header_block_s_labels_do_not_change_what_a_second_cleaning_finds() {
        String reply = "From: Service Desk <servicedesk@example.com>\n" + "Thanks, it works now.\n".repeat(5)
                + "\n\n\nSent: Monday, November 2, 2026\nSent: Monday, November 2, 2026\n"
                + "---------- Forwarded message ---------";
        String once = extractor.extract(reply);

        assertThat(extractor.extract(once)).isEqualTo(once);
    }

    private static String escaped(String text) {
        return text.replace("\n", "\\n").replace("\t", "\\t").replace("\u00A0", "\\u00A0");
    }

    @Property(tries = 1000)
    void cleaning_twice_changes_nothing_with_configured_signatures(@ForAll("replies") String reply) {
        String once = withSignature.extract(reply);

        assertThat(withSignature.extract(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void cleaning_a_forward_twice_changes_nothing(@ForAll("replies") String reply) {
        String once = extractor.extract(reply, true);

        assertThat(extractor.extract(once, true)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void cleaning_any_text_twice_changes_nothing(@ForAll String text) {
        String once = extractor.extract(text);

        assertThat(extractor.extract(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void the_new_text_holds_only_lines_of_the_mail(@ForAll("replies") String reply) {
        List<String> original = ReplyExtractor.normalize(reply);
        for (String line : extractor.extract(reply).split("\n")) {
            assertThat(line.isEmpty() || original.contains(line) || original.stream()
                    .anyMatch(o -> o.endsWith(line.substring(Math.min(2, line.length())).strip())))
                    .as("%s comes from the mail", line).isTrue();
        }
    }
}
