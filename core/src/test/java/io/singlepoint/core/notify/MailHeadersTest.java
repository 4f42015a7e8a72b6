package io.singlepoint.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Header values from hostile text: one header each, whatever the text, and what a mail library reads back. */
class MailHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Replace switch\r\nBcc: victim@example.org",
        "Replace switch\nContent-Type: text/html",
        "Replace switch\rX-Injected: yes",
        "Replace switch\u0085X-Injected: yes",
        "Replace switch\u2028X-Injected: yes",
        "Replace switch\r\n\r\n<html>body</html>",
        "\u0000\u0007Replace\u001b[31m switch\u007f"})
    void a_value_with_line_breaks_or_controls_stays_one_header(String hostile) throws MessagingException {
        String field = MailHeaders.unstructured("Subject", HeaderValue.of(hostile));

        InternetHeaders headers = parse(field);

        assertThat(Collections.list(headers.getAllHeaderLines())).hasSize(1);
        assertThat(headers.getHeader("Bcc")).isNull();
        assertThat(headers.getHeader("X-Injected")).isNull();
        assertThat(headers.getHeader("Content-Type")).isNull();
        assertThat(HeaderValue.of(hostile).text()).doesNotContainPattern("[\\p{Cntrl}\u2028\u2029]");
    }

    @Test
    void control_characters_and_line_breaks_become_single_spaces() {
        assertThat(HeaderValue.of("  Replace\r\n\tthe \u0000 switch  ").text()).isEqualTo("Replace the switch");
    }

    @Test
    void a_long_value_is_cut_to_250_characters_ending_in_an_ellipsis() {
        String cut = HeaderValue.of("word ".repeat(100)).text();

        assertThat(cut).hasSize(HeaderValue.MAX_LENGTH).endsWith("…");
    }

    @Test
    void cutting_never_splits_a_surrogate_pair() {
        String cut = HeaderValue.of("a".repeat(248) + "😀😀😀").text();

        assertThat(cut).isEqualTo("a".repeat(248) + "…");
    }

    @Test
    void an_ascii_subject_is_written_as_it_is_and_folded_before_78() {
        String field = MailHeaders.unstructured("Subject", HeaderValue.of("[SD-12] Change approved: "
                + "Replace the core switch in building B during the maintenance window on Thursday"));

        assertThat(field).isEqualTo("Subject: [SD-12] Change approved: Replace the core switch in building B during\r\n"
                + " the maintenance window on Thursday");
    }

    @Test
    void a_non_ascii_subject_is_encoded_in_words_of_whole_characters() throws UnsupportedEncodingException {
        String subject = "[SD-12] Änderung genehmigt: Kernswitch in Gebäude B tauschen — Wartungsfenster 😀 Donnerstag";
        String field = MailHeaders.unstructured("Subject", HeaderValue.of(subject));

        assertThat(field).startsWith("Subject: =?UTF-8?B?");
        assertThat(field.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        assertThat(MimeUtility.decodeText(unfold(field).substring("Subject: ".length()))).isEqualTo(subject);
    }

    @Test
    void ascii_that_looks_like_an_encoded_word_is_encoded_so_it_reads_back_as_typed() throws Exception {
        String subject = "=?UTF-8?B?SGFja2Vk?= subject";

        String field = MailHeaders.unstructured("Subject", HeaderValue.of(subject));

        assertThat(MimeUtility.decodeText(unfold(field).substring("Subject: ".length()))).isEqualTo(subject);
    }

    @Test
    void a_mailbox_is_quoted_or_encoded_as_its_name_needs() throws Exception {
        assertThat(MailHeaders.mailbox("From", Mailbox.parse("IT Service Desk <help@example.com>")))
                .isEqualTo("From: IT Service Desk <help@example.com>");
        assertThat(MailHeaders.mailbox("From", Mailbox.parse("\"Service Desk, IT\" <help@example.com>")))
                .isEqualTo("From: \"Service Desk, IT\" <help@example.com>");
        String encoded = MailHeaders.mailbox("To", new Mailbox("Jürgen Müller", EmailAddress.of("jm@example.de")));
        InternetAddress read = new InternetAddress(unfold(encoded).substring("To: ".length()), true);
        assertThat(read.getPersonal()).isEqualTo("Jürgen Müller");
        assertThat(read.getAddress()).isEqualTo("jm@example.de");
    }

    @Test
    void header_names_and_tokens_must_be_safe_already() {
        assertThatThrownBy(() -> MailHeaders.tokens("X-Bad\r\nBcc", List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailHeaders.tokens("References", List.of("<a@b>\r\nBcc: x@y.z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void any_text_gives_one_header_that_reads_back_as_its_fit_value(@ForAll String text) throws Exception {
        HeaderValue value = HeaderValue.of(text);
        String field = MailHeaders.unstructured("Subject", value);

        assertThat(field.replace("\r\n ", "")).doesNotContain("\r", "\n");
        assertThat(field.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
        assertThat(Collections.list(parse(field).getAllHeaderLines())).hasSize(1);
        String read = unfold(field).substring("Subject:".length());
        assertThat(MimeUtility.decodeText(read.isEmpty() ? read : read.substring(1))).isEqualTo(value.text());
    }

    private static InternetHeaders parse(String field) throws MessagingException {
        return new InternetHeaders(new ByteArrayInputStream((field + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    private static String unfold(String field) {
        return field.replace("\r\n", "");
    }
}
