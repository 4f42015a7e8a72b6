package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one raw message into a {@link MailAnalysis}: one pass over the stream ({@link MailLimits} bound the memory),
 * then the reply text, the automatic-mail signs, a bounce's report and the fate of each file. A function of the
 * bytes and the settings; thread-safe.
 */
public final class MailAnalyzer {

    private static final Pattern MARKER = Pattern.compile(HtmlText.MARK_START + "([^" + HtmlText.MARK_END + "]*)"
            + HtmlText.MARK_END);
    private static final Pattern FORWARD_SUBJECT = Pattern.compile(
            "^\\s*(\\[[^\\]]{1,30}\\]\\s*)?(Fwd?|FW|WG|TR|RV|I|Doorst|Enc|Fwd)\\s?:", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("^(this is an html (message|e-?mail)|this message is"
            + " in html format|your (mail|e-?mail) (client|program|reader) does not support html|to view this"
            + " (message|e-?mail)|diese nachricht ist im html-format).{0,200}$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Where clients' text parts stand in for images: Outlook's {@code [cid:...]}, Gmail's {@code [image: ...]}. */
    private static final Pattern PLACEHOLDERS = Pattern.compile("\\[(cid:[^\\]\\s]{1,200}|image: [^\\]\\n]{0,200})\\]");

    private final MailSettings settings;
    private final ReplyExtractor extractor;

    public MailAnalyzer(MailSettings settings) {
        this.settings = requireNonNull(settings, "settings");
        this.extractor = new ReplyExtractor(settings.replyRules());
    }

    /**
     * Reads and analyses the message; does not close the stream.
     *
     * @throws MailFormatException in the strict mode, at the first defect
     * @throws IOException         if the stream fails
     */
    public MailAnalysis analyze(InputStream raw) throws IOException {
        return analyze(MimeMessageReader.read(raw, settings.limits()));
    }

    /**
     * Reads and analyses the message, passing each file's decoded bytes to {@code files} as it is read (the
     * {@link Attachment#sha256()} of the analysis names the file a stream received); does not close the stream.
     *
     * @throws MailFormatException in the strict mode, at the first defect
     * @throws IOException         if the stream fails, or a stream of {@code files}
     */
    public MailAnalysis analyze(InputStream raw, MailFiles files) throws IOException {
        return analyze(MimeMessageReader.read(raw, settings.limits(), files));
    }

    /** The same for a message in memory. */
    public MailAnalysis analyze(byte[] raw) {
        try {
            return analyze(new ByteArrayInputStream(raw));
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to read", e);
        }
    }

    private MailAnalysis analyze(ParsedMail mail) {
        Headers headers = mail.headers();
        String subject = unstructured(headers.first("Subject"));
        Mailbox from = Mailbox.parseFirst(headers.first("From"));
        Instant date = MailDates.parse(headers.first("Date"));
        String messageId = MessageIds.first(headers.first("Message-ID"));
        boolean generated = messageId == null;
        if (generated) {
            messageId = generatedId(from, headers.first("Date"), subject, mail.bodySha256());
        }
        List<String> references = MessageIds.parse(String.join(" ", headers.all("References")));
        MailAnalysis.Thread thread = new MailAnalysis.Thread(MessageIds.first(headers.first("In-Reply-To")),
                references);

        Automatic automatic = AutomaticMail.classify(headers, subject, mail.mimeType(), mail.reportType());
        if (!automatic.isAutomatic()) {
            automatic = calendarResponse(mail.leaves());
        }
        Bounce bounce = bounce(mail, automatic, headers);

        boolean forwarded = FORWARD_SUBJECT.matcher(subject).lookingAt();
        String text = bodyText(mail.leaves(), MimeLeaf.Role.TEXT_BODY);
        String html = bodyText(mail.leaves(), MimeLeaf.Role.HTML_BODY);
        String htmlReply = null;
        AttachmentRules.Shown shown = new AttachmentRules.Shown(Set.of(), Set.of(), Set.of());
        if (!html.isEmpty()) {
            HtmlText.Result converted = HtmlText.convert(html);
            htmlReply = extractor.extract(converted.text(), forwarded);
            shown = new AttachmentRules.Shown(markers(htmlReply), markers(converted.text()),
                    converted.signatureCids());
        }
        String replyText;
        String source;
        if (isReal(text, htmlReply)) {
            replyText = extractor.extract(PLACEHOLDERS.matcher(stripMarkers(text)).replaceAll(""), forwarded);
            source = "text";
        } else if (htmlReply != null) {
            replyText = tidy(stripMarkers(htmlReply));
            source = "html";
        } else {
            replyText = "";
            source = "none";
        }
        List<Attachment> attachments = settings.attachmentRules().decide(files(mail.leaves()), shown);
        return new MailAnalysis(messageId, generated, from, Mailbox.parseList(headers.first("Reply-To")),
                Mailbox.parseList(String.join(", ", headers.all("To"))),
                Mailbox.parseList(String.join(", ", headers.all("Cc"))), date, subject,
                settings.projectKeys().find(subject), thread, automatic, bounce, replyText, source, forwarded,
                attachments, mail.size(), mail.defects());
    }

    /** An unstructured header as people read it: encoded words decoded, folding and control characters gone. */
    static String unstructured(String value) {
        if (value == null) {
            return "";
        }
        String decoded = EncodedWords.decode(value);
        StringBuilder out = new StringBuilder(decoded.length());
        boolean space = false;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.length() > 1000 ? out.substring(0, 1000) : out.toString();
    }

    private static String generatedId(Mailbox from, String date, String subject, String bodySha256) {
        MessageDigest digest = Sinks.sha256();
        for (String part : new String[] {from == null ? "" : from.address(), date == null ? "" : date.trim(), subject,
            bodySha256 == null ? "" : bodySha256}) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return "sha256." + HexFormat.of().formatHex(digest.digest()).substring(0, 40) + "@singlepoint.invalid";
    }

    private static Automatic calendarResponse(List<MimeLeaf> leaves) {
        for (MimeLeaf leaf : leaves) {
            if (leaf.mimeType().equals("text/calendar")) {
                String method = leaf.params().get("method");
                if (method == null && leaf.text() != null) {
                    Matcher m = Pattern.compile("(?m)^METHOD:(\\w+)").matcher(leaf.text());
                    method = m.find() ? m.group(1) : null;
                }
                if (method != null && method.trim().equalsIgnoreCase("REPLY")) {
                    return Automatic.because("calendar-reply", "METHOD:REPLY");
                }
            }
        }
        return Automatic.NO;
    }

    private static Bounce bounce(ParsedMail mail, Automatic automatic, Headers headers) {
        if (!automatic.isAutomatic()) {
            return null;
        }
        List<Bounce.Recipient> recipients = new ArrayList<>();
        String original = null;
        for (MimeLeaf leaf : mail.leaves()) {
            if (leaf.role() == MimeLeaf.Role.DELIVERY_STATUS && leaf.text() != null) {
                recipients.addAll(Bounce.parseStatus(leaf.text()));
            } else if (leaf.role() == MimeLeaf.Role.RETURNED_MESSAGE && leaf.text() != null && original == null) {
                original = returnedMessageId(leaf.text());
            }
        }
        String reason = automatic.reason();
        boolean report = reason.equals("delivery-report");
        if (!report && !reason.equals("mailer-daemon") && !reason.equals("bounce-subject")) {
            return null;
        }
        if (recipients.isEmpty()) {
            // Exim and others say it in a header when the body is prose.
            for (String failed : headers.all("X-Failed-Recipients")) {
                for (Mailbox box : Mailbox.parseList(failed)) {
                    recipients.add(new Bounce.Recipient(box.address(), "failed", "", ""));
                }
            }
        }
        return new Bounce(recipients, original);
    }

    private static String returnedMessageId(String text) {
        try {
            LineInput input = new LineInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 8192);
            Headers returned = HeaderBlockReader.read(input, MailLimits.DEFAULT, new Defects(false), "",
                    new Boundaries());
            return MessageIds.first(returned.first("Message-ID"));
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to read", e);
        }
    }

    private static String bodyText(List<MimeLeaf> leaves, MimeLeaf.Role role) {
        StringBuilder text = new StringBuilder();
        for (MimeLeaf leaf : leaves) {
            if (leaf.role() == role && leaf.text() != null) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(leaf.text());
            }
        }
        return text.toString();
    }

    /** A text part is real unless it is empty or a placeholder for the HTML. */
    private static boolean isReal(String text, String htmlReply) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        return htmlReply == null || !PLACEHOLDER.matcher(t).matches();
    }

    private static Set<String> markers(String text) {
        Set<String> cids = new LinkedHashSet<>();
        // what MARKER finds, found with indexOf: the text is long and markers are few
        int start = text.indexOf(HtmlText.MARK_START);
        while (start >= 0) {
            int end = text.indexOf(HtmlText.MARK_END, start + 1);
            if (end < 0) {
                break;
            }
            cids.add(text.substring(start + 1, end));
            start = text.indexOf(HtmlText.MARK_START, end + 1);
        }
        return cids;
    }

    private static String stripMarkers(String text) {
        return text.indexOf(HtmlText.MARK_START) < 0 ? text : MARKER.matcher(text).replaceAll("")
                .replace(String.valueOf(HtmlText.MARK_START), "").replace(String.valueOf(HtmlText.MARK_END), "");
    }

    /** After markers went: lines trimmed at the end, blank runs as one, no blank line first or last. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (String line : text.split("\n", -1)) {
            String l = line.stripTrailing();
            if (l.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (blank) {
                out.append('\n');
                blank = false;
            }
            out.append(l).append('\n');
        }
        return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
    }

    private static List<Attachment> files(List<MimeLeaf> leaves) {
        List<Attachment> files = new ArrayList<>();
        int n = 0;
        for (MimeLeaf leaf : leaves) {
            if (leaf.role() != MimeLeaf.Role.ATTACHMENT) {
                continue;
            }
            n++;
            String name = leaf.filename() != null ? leaf.filename() : defaultName(leaf, n);
            files.add(new Attachment(name, leaf.mimeType(), leaf.size(), leaf.sha256(), leaf.contentId(),
                    leaf.inline() && leaf.contentId() != null, true, "attached"));
        }
        return files;
    }

    private static String defaultName(MimeLeaf leaf, int n) {
        if (leaf.mimeType().equals("message/rfc822") && leaf.text() != null) {
            String subject = subjectOf(leaf.text());
            if (!subject.isEmpty()) {
                return subject.replaceAll("[\\\\/:*?\"<>|]", "_") + ".eml";
            }
            return "message-" + n + ".eml";
        }
        if (leaf.mimeType().equals("text/calendar")) {
            return "invite.ics";
        }
        String type = leaf.mimeType();
        String ext = switch (type) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "application/pdf" -> "pdf";
            case "text/plain" -> "txt";
            case "text/html" -> "html";
            default -> "bin";
        };
        return "attachment-" + n + "." + ext;
    }

    private static String subjectOf(String messageText) {
        try {
            LineInput input = new LineInput(
                    new ByteArrayInputStream(messageText.getBytes(StandardCharsets.UTF_8)), 8192);
            Headers h = HeaderBlockReader.read(input, MailLimits.DEFAULT, new Defects(false), "", new Boundaries());
            String s = unstructured(h.first("Subject"));
            return s.length() > 100 ? s.substring(0, 100) : s;
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to read", e);
        }
    }
}
