package io.singlepoint.cli.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.singlepoint.cli.ChildCli;

import org.junit.jupiter.api.Test;

/**
 * Reading a message does not hold its attachments: a child JVM with a 64 MB heap analyses a 25 MB message (a 1 MB
 * text body and a 24 MB base64 attachment) fed to its stdin as it is generated, and reports the attachment's size
 * and SHA-256 as the feeder computed them.
 */
class MailMemoryTest {

    private static final int ATTACHMENT_BYTES = 18 * 1024 * 1024;
    private static final long MIN_MESSAGE_BYTES = 25_000_000L;

    @Test
    void a_25_mb_message_is_analysed_on_stdin_in_a_64_mb_heap() throws Exception {
        Process child = ChildCli.start("64m", "mail", "analyze", "--format", "json", "--project", "SD", "-");
        CompletableFuture<Fed> fed = CompletableFuture.supplyAsync(() -> feed(child.getOutputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> ChildCli.readAll(child.getErrorStream()));
        long start = System.nanoTime();

        String stdout = ChildCli.readAll(child.getInputStream());

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the analysis ends").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Fed message = fed.get(10, TimeUnit.SECONDS);
        String err = stderr.get(10, TimeUnit.SECONDS);
        assertThat(child.exitValue()).as("exit code; stderr: %s", err).isZero();
        JsonNode analysis = new ObjectMapper().readTree(stdout);
        assertThat(message.bytes()).isGreaterThanOrEqualTo(MIN_MESSAGE_BYTES);
        assertThat(analysis.get("size").asLong()).isEqualTo(message.bytes());
        assertThat(analysis.get("issueKeys").get(0).asText()).isEqualTo("SD-12");
        assertThat(analysis.get("replyText").asText()).startsWith("The full trace is attached.");
        JsonNode attachment = analysis.get("attachments").get(0);
        assertThat(attachment.get("name").asText()).isEqualTo("trace.pcap");
        assertThat(attachment.get("size").asLong()).isEqualTo(ATTACHMENT_BYTES);
        assertThat(attachment.get("sha256").asText()).isEqualTo(message.sha256());
        assertThat(attachment.get("keep").asBoolean()).isTrue();
        System.out.printf("analysed a %,d-byte message in a 64 MB heap in %s%n", message.bytes(), took);
    }

    /** What was fed: the message's length and the attachment's SHA-256. */
    record Fed(long bytes, String sha256) {
    }

    private static Fed feed(OutputStream stdin) {
        SplittableRandom random = new SplittableRandom(8);
        MessageDigest sha256 = sha256();
        long bytes = 0;
        try (OutputStream out = new BufferedOutputStream(stdin, 1 << 16)) {
            bytes += write(out, """
                    From: Lena Fischer <lena.fischer@customer.example>
                    To: Service Desk <servicedesk@example.com>
                    Subject: RE: [SD-12] VPN drops every few minutes
                    Date: Tue, 3 Nov 2026 10:15:02 +0100
                    Message-ID: <big.trace.20261103101502@customer.example>
                    MIME-Version: 1.0
                    Content-Type: multipart/mixed; boundary="=_big"

                    --=_big
                    Content-Type: text/plain; charset=utf-8

                    The full trace is attached.
                    """);
            // a megabyte of log lines pasted into the body: more than reading keeps for extraction
            String logLine = "2026-11-03 09:58:01.123 vpnc[4711]: DPD timeout, peer 198.51.100.7 not responding\n";
            for (int i = 0; i < 1024 * 1024 / logLine.length(); i++) {
                bytes += write(out, logLine);
            }
            bytes += write(out, "\n--=_big\nContent-Type: application/vnd.tcpdump.pcap\n"
                    + "Content-Disposition: attachment; filename=\"trace.pcap\"\n"
                    + "Content-Transfer-Encoding: base64\n\n");
            Base64.Encoder base64 = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[57 * 1024];
            for (int left = ATTACHMENT_BYTES; left > 0; left -= chunk.length) {
                byte[] piece = left >= chunk.length ? chunk : new byte[left];
                random.nextBytes(piece);
                sha256.update(piece);
                byte[] encoded = base64.encode(piece);
                out.write(encoded);
                out.write('\n');
                bytes += encoded.length + 1;
            }
            bytes += write(out, "--=_big--\n");
        } catch (IOException e) {
            throw new UncheckedIOException("the analysis stopped reading after " + bytes + " bytes", e);
        }
        return new Fed(bytes, HexFormat.of().formatHex(sha256.digest()));
    }

    private static int write(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        return bytes.length;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
