package io.singlepoint.core.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads a raw RFC 5322 message with its MIME structure (RFC 2045-2049) in one pass over the stream: header blocks,
 * the multipart tree, transfer decodings, and each leaf into a bounded text buffer or a digest. Memory is bounded by
 * {@link MailLimits}, whatever the size of the message. Lenient (or strict) as the limits say.
 */
final class MimeMessageReader {

    /** A delimiter line at the start of a body: {@code --boundary}. */
    private static final java.util.regex.Pattern WRITTEN_DELIMITER =
            java.util.regex.Pattern.compile("\\s*--([\\x21-\\x7E]{1,70})\\r?\\n");

    private final MailLimits limits;
    private final Defects defects;
    private final LineInput in;
    private final Boundaries boundaries = new Boundaries();
    private final List<MimeLeaf> leaves = new ArrayList<>();
    private int parts;
    private int attachments;
    private int attachmentsCut;
    private String reportType;

    private final MailFiles files;

    private MimeMessageReader(InputStream raw, MailLimits limits, MailFiles files) {
        this.limits = limits;
        this.files = files;
        this.defects = new Defects(limits.strict());
        this.in = new LineInput(raw, limits.maxLineBytes());
    }

    /**
     * Reads the whole message.
     *
     * @throws MailFormatException in the strict mode, at the first defect
     * @throws IOException         if the stream fails
     */
    static ParsedMail read(InputStream raw, MailLimits limits) throws IOException {
        return read(raw, limits, MailFiles.NONE);
    }

    /**
     * Reads the whole message, passing each file's decoded bytes to {@code files}.
     *
     * @throws IOException if the stream fails, or a stream of {@code files}
     */
    static ParsedMail read(InputStream raw, MailLimits limits, MailFiles files) throws IOException {
        try {
            return new MimeMessageReader(raw, limits, files).run();
        } catch (FileSink.Failed e) {
            throw e.getCause();
        }
    }

    private ParsedMail run() throws IOException {
        Headers headers = HeaderBlockReader.read(in, limits, defects, "", boundaries);
        MessageDigest body = null;
        if (!headers.has("Message-ID")) {
            body = Sinks.sha256();
            in.digestFromHere(body);
        }
        String type = mimeType(ParameterizedValue.parse(headers.first("Content-Type")), "text/plain");
        entity(headers, "", 0, "text/plain", "");
        while (in.next()) {
            // after a final close delimiter: the epilogue, already nothing to us
        }
        String bodySha256 = body == null ? null : HexFormat.of().formatHex(body.digest());
        return new ParsedMail(headers, type, reportType, leaves, defects.list(), in.consumed(), bodySha256,
                attachmentsCut);
    }

    /** Reads an entity's body after its headers; returns the boundary match that ended it, or -1 at the end. */
    private int entity(Headers headers, String part, int depth, String defaultType, String parentType)
            throws IOException {
        ParameterizedValue contentType = ParameterizedValue.parse(headers.first("Content-Type"));
        String type = mimeType(contentType, defaultType);
        if (type.startsWith("multipart/")) {
            String boundary = contentType.param("boundary");
            if (boundary == null || boundary.isBlank() || boundary.length() > 200) {
                defects.add("multipart-without-boundary", label(part), type);
                type = "text/plain";
            } else if (depth >= limits.maxDepth()) {
                defects.add("nested-too-deep", label(part), String.valueOf(limits.maxDepth()));
                type = "application/octet-stream";
            } else {
                return multipart(boundary, type, contentType, part, depth);
            }
        }
        return leaf(headers, contentType, type, label(part), parentType);
    }

    private int multipart(String boundary, String type, ParameterizedValue contentType, String part, int depth)
            throws IOException {
        if (type.equals("multipart/report") && reportType == null) {
            String rt = contentType.param("report-type");
            reportType = rt == null ? "" : rt.toLowerCase(Locale.ROOT);
        }
        boundaries.push(boundary);
        int level = boundaries.depth() - 1;
        Sinks.Text preamble = new Sinks.Text(limits.maxTextBytes());
        int match = body(preamble);
        int children = 0;
        String childDefault = type.equals("multipart/digest") ? "message/rfc822" : "text/plain";
        while (true) {
            if (match == Boundaries.END_OF_INPUT) {
                if (children == 0) {
                    if (!readAgainWithWrittenBoundary(preamble, part)) {
                        defects.add("boundary-not-found", label(part), boundary);
                        addPreambleAsText(preamble, part);
                    }
                } else {
                    defects.add("missing-end-boundary", label(part), boundary);
                }
                boundaries.pop();
                return match;
            }
            if (Boundaries.level(match) < level) {
                defects.add("missing-end-boundary", label(part), boundary);
                boundaries.pop();
                return match;
            }
            if (Boundaries.isClose(match)) {
                boundaries.pop();
                return body(ByteSink.DISCARD);
            }
            children++;
            String child = part.isEmpty() ? String.valueOf(children) : part + "." + children;
            Headers headers = HeaderBlockReader.read(in, limits, defects, child, boundaries);
            if (++parts > limits.maxParts()) {
                if (parts == limits.maxParts() + 1) {
                    defects.add("too-many-parts", child, String.valueOf(limits.maxParts()));
                }
                match = body(ByteSink.DISCARD);
            } else {
                match = entity(headers, child, depth + 1, childDefault, type);
            }
        }
    }

    /**
     * A multipart whose boundary never came, whose body starts with another delimiter (a client that declared one
     * boundary and wrote another): read again with that one, if it is the outermost multipart.
     */
    private boolean readAgainWithWrittenBoundary(Sinks.Text preamble, String part) throws IOException {
        String text = new String(preamble.bytes(), 0, preamble.kept(), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher delimiter = WRITTEN_DELIMITER.matcher(text);
        if (!preamble.truncated() && delimiter.lookingAt() && boundaries.depth() == 1) {
            byte[] head = ("Content-Type: multipart/mixed; boundary=\"" + delimiter.group(1) + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] whole = java.util.Arrays.copyOf(head, head.length + preamble.kept());
            System.arraycopy(preamble.bytes(), 0, whole, head.length, preamble.kept());
            ParsedMail again = read(new java.io.ByteArrayInputStream(whole), limits);
            leaves.addAll(again.leaves());
            defects.add("boundary-mismatch", label(part), delimiter.group(1));
            return true;
        }
        return false;
    }

    /** A multipart whose boundary never came: what stood before it is the text. */
    private void addPreambleAsText(Sinks.Text preamble, String part) {
        String text = new String(preamble.bytes(), 0, preamble.kept(), StandardCharsets.ISO_8859_1);
        if (!text.isBlank()) {
            leaves.add(new MimeLeaf(label(part), MimeLeaf.Role.TEXT_BODY, "text/plain", null, null, true,
                    preamble.size(), null, Charsets.decode(preamble.bytes(), preamble.kept(), null, defects, label(part)),
                    preamble.truncated(), java.util.Map.of()));
        }
    }

    private int leaf(Headers headers, ParameterizedValue contentType, String type, String part, String parentType)
            throws IOException {
        ParameterizedValue disposition = ParameterizedValue.parse(headers.first("Content-Disposition"));
        String filename = disposition.param("filename");
        if (filename == null || filename.isBlank()) {
            filename = contentType.param("name");
        }
        filename = filename == null || filename.isBlank() ? null : cleanFilename(filename);
        boolean attachmentDisposition = disposition.value().equals("attachment");
        MimeLeaf.Role role = role(type, filename, attachmentDisposition, parentType);

        Sinks.Text text = null;
        Sinks.Digest digest = null;
        ByteSink sink;
        switch (role) {
            case TEXT_BODY, HTML_BODY, DELIVERY_STATUS -> sink = text = new Sinks.Text(limits.maxTextBytes());
            case RETURNED_MESSAGE -> sink = text = new Sinks.Text(limits.maxHeaderBytes());
            default -> {
                digest = new Sinks.Digest();
                if (type.equals("message/rfc822") || type.equals("text/calendar")) {
                    text = new Sinks.Text(Math.min(limits.maxHeaderBytes(), limits.maxTextBytes()));
                    sink = new Sinks.Tee(digest, text);
                } else {
                    sink = digest;
                }
            }
        }
        FileSink file = null;
        if (role == MimeLeaf.Role.ATTACHMENT && files != MailFiles.NONE && attachments < limits.maxAttachments()) {
            file = new FileSink(files.open(attachments + 1, filename, type));
            sink = new Sinks.Tee(sink, file);
        }
        ByteSink decoder = decoder(headers.first("Content-Transfer-Encoding"), sink, part);
        int match;
        try {
            match = body(decoder);
            decoder.end();
        } finally {
            if (file != null) {
                file.close();
            }
        }

        String decoded = null;
        if (text != null) {
            String charset = contentType.param("charset");
            if (role == MimeLeaf.Role.HTML_BODY && (charset == null || charset.isBlank())) {
                charset = HtmlText.declaredCharset(text.bytes(), text.kept());
            }
            decoded = Charsets.decode(text.bytes(), text.kept(), charset, defects, part);
            if (text.truncated() && role != MimeLeaf.Role.ATTACHMENT && role != MimeLeaf.Role.RETURNED_MESSAGE) {
                defects.add("text-cut", part, text.size() + " bytes, " + text.kept() + " kept");
            }
        }
        if (role == MimeLeaf.Role.ATTACHMENT && ++attachments > limits.maxAttachments()) {
            attachmentsCut++;
            if (attachmentsCut == 1) {
                defects.add("too-many-attachments", part, String.valueOf(limits.maxAttachments()));
            }
            return match;
        }
        String contentId = headers.first("Content-ID");
        leaves.add(new MimeLeaf(part, role, type, filename, contentId == null ? null : MessageIds.strip(contentId),
                !attachmentDisposition, digest != null ? digest.size() : text.size(),
                digest != null ? digest.hex() : null, decoded, text != null && text.truncated(), contentType.params()));
        return match;
    }

    private static MimeLeaf.Role role(String type, String filename, boolean attachment, String parentType) {
        boolean report = parentType.equals("multipart/report");
        if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
            return MimeLeaf.Role.DELIVERY_STATUS;
        }
        if (report && (type.equals("message/rfc822") || type.equals("text/rfc822-headers")
                || type.equals("message/global") || type.equals("message/global-headers"))
                || type.equals("message/disposition-notification") || type.equals("message/feedback-report")) {
            return MimeLeaf.Role.RETURNED_MESSAGE;
        }
        if (!attachment && filename == null) {
            if (type.equals("text/plain")) {
                return MimeLeaf.Role.TEXT_BODY;
            }
            if (type.equals("text/html")) {
                return MimeLeaf.Role.HTML_BODY;
            }
        }
        return MimeLeaf.Role.ATTACHMENT;
    }

    private ByteSink decoder(String encoding, ByteSink sink, String part) {
        if (encoding == null) {
            return sink;
        }
        String e = ParameterizedValue.stripComments(encoding).trim().toLowerCase(Locale.ROOT);
        switch (e) {
            case "base64":
                return new Base64Decoder(sink);
            case "quoted-printable":
                return new QuotedPrintableDecoder(sink);
            case "", "7bit", "8bit", "binary", "7-bit", "8-bit":
                return sink;
            default:
                defects.add("unknown-transfer-encoding", part, e);
                return sink;
        }
    }

    /** Copies a body to {@code sink} up to the next delimiter; the line break before a delimiter is the delimiter's. */
    private int body(ByteSink sink) throws IOException {
        byte[] pendingEol = null;
        while (in.next()) {
            if (in.startsLine() && boundaries.depth() > 0) {
                int match = boundaries.match(in);
                if (match >= 0) {
                    return match;
                }
            }
            if (pendingEol != null) {
                sink.write(pendingEol, 0, pendingEol.length);
                pendingEol = null;
            }
            sink.write(in.line(), 0, in.length());
            if (in.endsLine()) {
                pendingEol = in.eolBytes();
            }
        }
        return Boundaries.END_OF_INPUT;
    }

    private static String mimeType(ParameterizedValue contentType, String defaultType) {
        String type = contentType.value();
        int slash = type.indexOf('/');
        if (slash <= 0 || slash == type.length() - 1 || type.indexOf(' ') >= 0) {
            return defaultType;
        }
        return type;
    }

    private static String label(String part) {
        return part.isEmpty() ? "1" : part;
    }

    /** A file name without a path (Windows or POSIX) and control characters. */
    private static String cleanFilename(String name) {
        String n = name.replaceAll("[\\p{Cntrl}]", "").trim();
        int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        if (cut >= 0 && cut < n.length() - 1) {
            n = n.substring(cut + 1);
        }
        return n.length() > 255 ? n.substring(0, 255) : n;
    }
}
