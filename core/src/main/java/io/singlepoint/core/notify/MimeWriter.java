package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes an {@link OutboundMail} as an RFC 5322 message: the headers, then a {@code multipart/alternative} body of the
 * text and the HTML version, both UTF-8 and quoted-printable, every line ending in CRLF and at most 78 characters
 * (headers) or 76 (bodies) long. The output is 7-bit ASCII: any mail transport carries it unchanged. For
 * {@code singlepoint notify preview --format eml} and for tests; in Jira, Jira's mail server writes the message.
 *
 * <p>The output depends only on the mail and the date: the MIME boundary is derived from the Message-ID (it starts with
 * {@code =_}, which quoted-printable and base64 text can never contain).
 */
public final class MimeWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private MimeWriter() {
    }

    /** The message as text: ASCII, CRLF line ends. */
    public static String write(OutboundMail mail, Instant date) {
        requireNonNull(date, "date");
        String boundary = "=_sp_" + Digests.hex(mail.messageId(), 12);
        StringBuilder out = new StringBuilder(mail.text().length() + mail.html().length() * 11 / 10 + 2048);
        header(out, MailHeaders.tokens("Date", List.of(DATE.format(date).split(" "))));
        header(out, MailHeaders.mailbox("From", mail.from()));
        header(out, MailHeaders.mailbox("Reply-To", new Mailbox(null, mail.replyTo())));
        header(out, MailHeaders.mailbox("To", mail.to()));
        header(out, MailHeaders.unstructured("Subject", mail.subject()));
        header(out, MailHeaders.tokens("Message-ID", List.of(mail.messageId())));
        header(out, MailHeaders.tokens("In-Reply-To", List.of(mail.inReplyTo())));
        header(out, MailHeaders.tokens("References", mail.references()));
        mail.headers().forEach((name, value) -> header(out, MailHeaders.tokens(name, List.of(value.split(" ")))));
        header(out, MailHeaders.tokens("Content-Language", List.of(mail.language())));
        header(out, "MIME-Version: 1.0");
        header(out, MailHeaders.tokens("Content-Type", List.of("multipart/alternative;",
                "boundary=\"" + boundary + "\"")));
        out.append("\r\n");
        part(out, boundary, "text/plain", mail.text());
        part(out, boundary, "text/html", mail.html());
        out.append("--").append(boundary).append("--\r\n");
        return out.toString();
    }

    /** The message written to {@code out}, which is not closed. */
    public static void write(OutboundMail mail, Instant date, OutputStream out) throws IOException {
        out.write(write(mail, date).getBytes(StandardCharsets.US_ASCII));
    }

    private static void part(StringBuilder out, String boundary, String type, String content) {
        out.append("--").append(boundary).append("\r\n");
        header(out, "Content-Type: " + type + "; charset=UTF-8");
        header(out, "Content-Transfer-Encoding: quoted-printable");
        // The CRLF before the next boundary belongs to the boundary (RFC 2046 §5.1.1): one more keeps a final line
        // break of the content.
        out.append("\r\n").append(QuotedPrintable.encode(content)).append("\r\n");
    }

    private static void header(StringBuilder out, String field) {
        out.append(field).append("\r\n");
    }
}
