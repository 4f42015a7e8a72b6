package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MimeMessageReaderTest {

    private static ParsedMail read(String text, MailLimits limits) throws IOException {
        return MimeMessageReader.read(new ByteArrayInputStream(Mails.raw(text)), limits);
    }

    @Nested
    class Headers_ {

        @Test
        void folded_header_lines_are_unfolded_keeping_their_whitespace() throws IOException {
            ParsedMail mail = read("Subject: a long\n\tsubject\n  continued\nFrom: x@example.com\n\nbody", MailLimits.DEFAULT);

            assertThat(mail.headers().first("subject")).isEqualTo("a long\tsubject  continued");
        }

        static Stream<Arguments> encoded_words() {
            return Stream.of(
                    Arguments.of("=?UTF-8?B?R3LDvMOfZQ==?=", "Grüße"),
                    Arguments.of("=?iso-8859-1?q?Gr=FC=DFe_aus_K=F6ln?=", "Grüße aus Köln"),
                    Arguments.of("=?windows-1252?Q?=80_100?=", "€ 100"),
                    Arguments.of("=?utf-8?q?a?= =?utf-8?q?b?=", "ab"),
                    Arguments.of("=?utf-8?B?w7Y=?= und =?utf-8?B?w7w=?=", "ö und ü"),
                    Arguments.of("=?utf-8?B?w7?= =?utf-8?B?bw==?=", "\u00c3o"),
                    Arguments.of("=?utf-8?B?UmU6IGTDtg==?==?utf-8?B?w7Zwcw==?=", "Re: dööps"),
                    Arguments.of("Re:=?utf-8?q?_Gr=C3=BC=C3=9Fe?=", "Re: Grüße"),
                    Arguments.of("=?UTF-8*de?Q?Gr=C3=BC=C3=9Fe?=", "Grüße"),
                    Arguments.of("=?x-unknown?Q?Caf=E9?=", "Café"),
                    Arguments.of("=?utf-8?Q?unclosed", "=?utf-8?Q?unclosed"),
                    Arguments.of("=?utf-8?X?nonsense?=", "=?utf-8?X?nonsense?="),
                    Arguments.of("no words at all", "no words at all"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("encoded_words")
        void encoded_words_are_decoded_leniently(String raw, String decoded) {
            assertThat(MailAnalyzer.unstructured(raw)).isEqualTo(decoded);
        }

        static Stream<Arguments> parameters() {
            return Stream.of(
                    Arguments.of("attachment; filename=\"report.pdf\"", "report.pdf"),
                    Arguments.of("attachment; filename=report.pdf", "report.pdf"),
                    Arguments.of("attachment; filename*=UTF-8''%C3%84nderung.docx", "Änderung.docx"),
                    Arguments.of("attachment; filename*=iso-8859-1'de'%C4nderung.docx", "Änderung.docx"),
                    Arguments.of("attachment; filename*0*=UTF-8''Gro%C3%9Fe; filename*1=\" Datei.pdf\"", "Große Datei.pdf"),
                    Arguments.of("attachment; filename*1=\"b.pdf\"; filename*0=\"a\"", "ab.pdf"),
                    Arguments.of("attachment; filename=\"=?UTF-8?B?w4RuZGVydW5nLnBkZg==?=\"", "Änderung.pdf"),
                    Arguments.of("attachment; filename=\"semi;colon.txt\"", "semi;colon.txt"),
                    Arguments.of("attachment (a comment); filename=\"x.txt\"", "x.txt"),
                    Arguments.of("attachment; garbage; filename=\"y.txt\"", "y.txt"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("parameters")
        void rfc_2231_and_broken_parameters_give_the_file_name(String disposition, String filename) {
            assertThat(ParameterizedValue.parse(disposition).param("filename")).isEqualTo(filename);
        }
    }

    @Nested
    class Bodies {

        @Test
        void quoted_printable_soft_breaks_and_escapes_decode_across_lines() throws IOException {
            ParsedMail mail = read("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"
                    + "\nGr=C3=BC=C3=9F=\n Gott = and =ZZ and =\n =3D\n", MailLimits.DEFAULT);

            assertThat(mail.leaves().get(0).text()).isEqualTo("Grüß Gott = and =ZZ and  =");
        }

        @Test
        void base64_with_garbage_and_missing_padding_decodes() throws IOException {
            ParsedMail mail = read("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                    + "R3L*DvMOf\nZSBhdXMgS8O2bG4\n", MailLimits.DEFAULT);

            assertThat(mail.leaves().get(0).text()).isEqualTo("Grüße aus Köln");
        }

        @Test
        void an_attachment_is_hashed_and_counted_not_kept() throws IOException {
            ParsedMail mail = read("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhi\n"
                    + "--b\nContent-Type: application/octet-stream; name=a.bin\nContent-Transfer-Encoding: base64\n\n"
                    + "YWJj\n--b--\n", MailLimits.DEFAULT);

            MimeLeaf file = mail.leaves().get(1);
            assertThat(file.filename()).isEqualTo("a.bin");
            assertThat(file.size()).isEqualTo(3);
            assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(file.text()).isNull();
        }

        @Test
        void the_line_break_before_a_delimiter_belongs_to_the_delimiter() throws IOException {
            ParsedMail mail = read("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/x-a\n\n"
                    + "abc\n--b--\n", MailLimits.DEFAULT);

            assertThat(mail.leaves().get(0).size()).isEqualTo(3);
        }

        @Test
        void a_line_longer_than_the_buffer_is_read_in_pieces_and_is_never_a_delimiter() throws IOException {
            String longLine = "x".repeat(50_000) + "--b";
            ParsedMail mail = read("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/x-a\n\n"
                    + longLine + "\n--b--\n", MailLimits.DEFAULT);

            assertThat(mail.leaves()).hasSize(1);
            assertThat(mail.leaves().get(0).size()).isEqualTo(longLine.length());
        }

        static Stream<Arguments> charsets() {
            return Stream.of(
                    Arguments.of("utf-8", "Grüße".getBytes(StandardCharsets.UTF_8), "Grüße", List.of()),
                    Arguments.of("iso-8859-1", "Grüße".getBytes(StandardCharsets.ISO_8859_1), "Grüße", List.of()),
                    Arguments.of("", "Grüße".getBytes(StandardCharsets.UTF_8), "Grüße", List.of()),
                    Arguments.of("", "Grüße".getBytes(StandardCharsets.ISO_8859_1), "Grüße", List.of()),
                    Arguments.of("us-ascii", "Grüße".getBytes(StandardCharsets.UTF_8), "Grüße", List.of()),
                    Arguments.of("utf-8", "Grüße".getBytes(StandardCharsets.ISO_8859_1), "Grüße", List.of("invalid-utf-8")),
                    Arguments.of("x-klingon", "Grüße".getBytes(StandardCharsets.UTF_8), "Grüße", List.of("unknown-charset")),
                    Arguments.of("windows-1252", new byte[] {(byte) 0x80, ' ', '5'}, "€ 5", List.of()),
                    Arguments.of("koi8-r", new byte[] {(byte) 0xF0, (byte) 0xD2, (byte) 0xC9}, "При", List.of()));
        }

        @ParameterizedTest(name = "{0} {2}")
        @MethodSource("charsets")
        void text_is_read_as_declared_else_utf_8_if_valid_else_windows_1252(String charset, byte[] body, String text,
                                                                            List<String> defects) throws IOException {
            byte[] head = ("Content-Type: text/plain" + (charset.isEmpty() ? "" : "; charset=" + charset)
                    + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] raw = new byte[head.length + body.length];
            System.arraycopy(head, 0, raw, 0, head.length);
            System.arraycopy(body, 0, raw, head.length, body.length);

            ParsedMail mail = MimeMessageReader.read(new ByteArrayInputStream(raw), MailLimits.DEFAULT);

            assertThat(mail.leaves().get(0).text()).isEqualTo(text);
            assertThat(mail.defects()).extracting(MailDefect::code).isEqualTo(defects);
        }
    }

    @Nested
    class Limits {

        private final MailLimits small = new MailLimits(1024, 8, 1024, 3, 2, 1024, 2, false);

        @Test
        void text_over_the_limit_is_cut_and_counted() throws IOException {
            ParsedMail mail = read("Content-Type: text/plain\n\n" + "a".repeat(5000), small);

            assertThat(mail.leaves().get(0).text()).hasSize(1024);
            assertThat(mail.leaves().get(0).size()).isEqualTo(5000);
            assertThat(mail.defects()).extracting(MailDefect::code).containsExactly("text-cut");
        }

        @Test
        void fields_over_the_limit_are_skipped() throws IOException {
            StringBuilder headers = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                headers.append("X-Field-").append(i).append(": ").append(i).append('\n');
            }
            ParsedMail mail = read(headers + "\nbody", small);

            assertThat(mail.headers().fields()).hasSize(8);
            assertThat(mail.defects()).extracting(MailDefect::code).containsExactly("too-many-header-fields");
        }

        @Test
        void parts_over_the_limit_are_read_past_but_not_kept() throws IOException {
            String parts = "--b\nContent-Type: application/x-a\n\nx\n".repeat(6);
            ParsedMail mail = read("Content-Type: multipart/mixed; boundary=b\n\n" + parts + "--b--\n", small);

            assertThat(mail.leaves()).hasSize(2);
            assertThat(mail.defects()).extracting(MailDefect::code).contains("too-many-parts", "too-many-attachments");
        }

        @Test
        void a_multipart_nested_deeper_than_allowed_is_one_opaque_file() throws IOException {
            ParsedMail mail = read("Content-Type: multipart/mixed; boundary=a\n\n--a\n"
                    + "Content-Type: multipart/mixed; boundary=b\n\n--b\n"
                    + "Content-Type: multipart/mixed; boundary=c\n\n--c\nContent-Type: text/plain\n\ndeep\n--c--\n"
                    + "--b--\n--a--\n", small);

            assertThat(mail.defects()).extracting(MailDefect::code).containsExactly("nested-too-deep");
            assertThat(mail.leaves()).singleElement().extracting(MimeLeaf::role).isEqualTo(MimeLeaf.Role.ATTACHMENT);
        }

        @Test
        void strict_reading_refuses_at_the_first_defect() {
            assertThatThrownBy(() -> read("Content-Type: text/plain; charset=x-klingon\n\nhi", MailLimits.STRICT))
                    .isInstanceOf(MailFormatException.class)
                    .hasMessage("unknown-charset in part 1: x-klingon");
        }

        @Test
        void limits_too_small_to_read_anything_are_refused() {
            assertThatThrownBy(() -> new MailLimits(10, 8, 1024, 1, 1, 1024, 0, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header bytes 10");
        }
    }

    @Test
    void a_message_without_message_id_gets_a_stable_id_from_its_content() {
        String mail = "From: a@example.com\nSubject: hi\nDate: Thu, 5 Nov 2026 17:00:00 +0100\n\nbody\n";

        MailAnalysis first = Mails.analyse(mail);
        MailAnalysis redelivered = Mails.analyse("Received: from relay.example.net\n" + mail);
        MailAnalysis other = Mails.analyse(mail.replace("body", "other body"));

        assertThat(first.messageIdGenerated()).isTrue();
        assertThat(redelivered.messageId()).isEqualTo(first.messageId()).endsWith("@singlepoint.invalid");
        assertThat(other.messageId()).isNotEqualTo(first.messageId());
    }
}
