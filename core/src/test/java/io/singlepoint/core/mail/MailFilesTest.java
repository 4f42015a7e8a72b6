package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The files of a message passed to the caller while it is read, for the mail handler to attach them. */
class MailFilesTest {

    private static final String MAIL = """
            From: Lena Fischer <lena.fischer@customer.example>
            To: servicedesk@example.com
            Subject: RE: [SD-12] VPN drops
            Message-ID: <files.1@customer.example>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            Log and screenshot attached.
            --b
            Content-Type: text/plain; name="vpn.log"
            Content-Disposition: attachment; filename="vpn.log"
            Content-Transfer-Encoding: quoted-printable

            09:58 DPD timeout=0A09:59 reconnect
            --b
            Content-Type: image/png
            Content-Disposition: attachment; filename="screen.png"
            Content-Transfer-Encoding: base64

            iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
            --b--
            """;

    record Stored(int n, String name, String contentType, ByteArrayOutputStream bytes) {
    }

    @Test
    void each_file_is_passed_decoded_under_its_number_name_and_type_and_its_sha256_names_it() throws IOException {
        List<Stored> stored = new ArrayList<>();

        MailAnalysis analysis = new MailAnalyzer(MailCorpus.SETTINGS).analyze(
                new ByteArrayInputStream(Mails.raw(MAIL)), (n, name, type) -> {
                    Stored file = new Stored(n, name, type, new ByteArrayOutputStream());
                    stored.add(file);
                    return file.bytes();
                });

        assertThat(stored).extracting(Stored::n, Stored::name, Stored::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "vpn.log", "text/plain"),
                        org.assertj.core.groups.Tuple.tuple(2, "screen.png", "image/png"));
        assertThat(stored.get(0).bytes().toString(StandardCharsets.UTF_8)).isEqualTo("09:58 DPD timeout\n09:59 reconnect");
        assertThat(stored.get(1).bytes().toByteArray()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(analysis.attachments()).extracting(Attachment::sha256)
                .containsExactly(sha256(stored.get(0).bytes().toByteArray()), sha256(stored.get(1).bytes().toByteArray()));
        assertThat(analysis.replyText()).isEqualTo("Log and screenshot attached.");
    }

    @Test
    void a_failing_store_fails_the_reading_with_its_exception() {
        IOException full = new IOException("disk full");

        assertThatThrownBy(() -> new MailAnalyzer(MailCorpus.SETTINGS).analyze(
                new ByteArrayInputStream(Mails.raw(MAIL)), (n, name, type) -> new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw full;
                    }
                })).isSameAs(full);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
