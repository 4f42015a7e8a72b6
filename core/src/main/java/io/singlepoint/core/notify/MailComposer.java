package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.singlepoint.core.notify.MailRenderer.Mode;
import io.singlepoint.core.notify.TemplateSet.Part;

/**
 * Writes the mail of a notification to one recipient: the service desk as sender, the recipient's language and time
 * zone, the templates rendered with a {@link MailView}, threading and loop-prevention headers.
 *
 * <p>Headers every mail has besides the addresses and threading:
 * <ul>
 *   <li>{@code Auto-Submitted: auto-generated} (RFC 3834): the mail was written by a program, so well-behaved
 *       responders do not answer it and other programs do not treat it as a person's;</li>
 *   <li>{@code X-Auto-Response-Suppress: OOF, AutoReply}: Exchange and Outlook send no out-of-office or other
 *       automatic reply. Not {@code All}: that would also suppress non-delivery reports, and a bounce is how the
 *       service desk learns that an address is dead.</li>
 * </ul>
 * No {@code Precedence: bulk}: it is not a standard (RFC 3834 advises against relying on it), and these are mails to
 * one person about their change, which spam filters should not mistake for bulk mail. The subject always carries the
 * issue key in brackets, {@code [SD-12]}, added in front if an overridden template left it out: the mail handler
 * threads replies by it.
 */
public final class MailComposer {

    /** The headers every mail has besides addresses, subject and threading, in order. */
    public static final Map<String, String> HEADERS = headers();
    /** A mail body larger than this comes from a runaway template, not from a notification. */
    public static final int MAX_BODY = 524_288;

    private final MessageIds ids;
    private final MailRenderer renderer;

    public MailComposer(MessageIds ids, MailRenderer renderer) {
        this.ids = requireNonNull(ids, "ids");
        this.renderer = requireNonNull(renderer, "renderer");
    }

    /** {@link #compose(Intent, IssueFacts, Recipient, ServiceDesk, TemplateLibrary, Instant, int)}, not a resend. */
    public OutboundMail compose(Intent intent, IssueFacts facts, Recipient recipient, ServiceDesk desk,
                                TemplateLibrary templates, Instant now) {
        return compose(intent, facts, recipient, desk, templates, now, 0);
    }

    /**
     * The mail of {@code intent} to {@code recipient}.
     *
     * @param facts  the issue as it is now
     * @param resend 0, or the number of the resend asked for in the log (a resend gets a new Message-ID)
     * @throws TemplateException if a template cannot be rendered or writes too much
     */
    public OutboundMail compose(Intent intent, IssueFacts facts, Recipient recipient, ServiceDesk desk,
                                TemplateLibrary templates, Instant now, int resend) {
        return write(intent.key(), intent.config(), facts, recipient, desk, templates, now, resend);
    }

    /**
     * The mail a configuration would send to {@code recipient} now, without an intent: for a preview on the admin
     * page or the command line. Its keys end in {@code /preview}.
     */
    public OutboundMail preview(NotificationConfig config, IssueFacts facts, Recipient recipient, ServiceDesk desk,
                                TemplateLibrary templates, Instant now) {
        return write(new IdempotencyKey(facts.id() + "/" + config.stage().id() + "/preview"), config, facts, recipient,
                desk, templates, now, 0);
    }

    private OutboundMail write(IdempotencyKey key, NotificationConfig config, IssueFacts facts, Recipient recipient,
                               ServiceDesk desk, TemplateLibrary templates, Instant now, int resend) {
        Locale locale = recipient.person().locale() != null ? recipient.person().locale() : desk.locale();
        ZoneId zone = recipient.person().zone() != null ? recipient.person().zone() : desk.zone();
        TemplateSet set = templates.templates(config.template(), config.stage(), locale);
        Locale written = set.language().equals(locale.getLanguage()) ? locale : Locale.forLanguageTag(set.language());
        MailView view = new MailView(config.stage(), facts, recipient, desk, config, written, zone, now);
        Map<String, Object> context = Map.of("view", view);
        String delivery = key.delivery(recipient.address());
        String root = ids.root(facts.id());
        return new OutboundMail(key, delivery, config.stage(), facts.key(), desk.from(), desk.replyTo(),
                recipient.mailbox(), set.language(), subject(set, facts, context),
                ids.of(facts.id(), config.stage(), delivery, resend), root, List.of(root), HEADERS,
                tidy(render(set, Part.TEXT, context, Mode.TEXT)), render(set, Part.HTML, context, Mode.HTML).strip()
                        + "\n");
    }

    private HeaderValue subject(TemplateSet set, IssueFacts facts, Map<String, Object> context) {
        HeaderValue subject = HeaderValue.of(render(set, Part.SUBJECT, context, Mode.TEXT));
        String tag = "[" + facts.key() + "]";
        return subject.text().contains(tag) ? subject : HeaderValue.of(tag + " " + subject.text());
    }

    private String render(TemplateSet set, Part part, Map<String, Object> context, Mode mode) {
        String name = part.fileName(set.name(), set.language());
        String output = renderer.render(name, set.source(part), context, mode);
        if (output == null || output.length() > MAX_BODY) {
            throw new TemplateException(name + " wrote " + (output == null ? "nothing" : "more than " + MAX_BODY
                    + " characters"));
        }
        return output;
    }

    /**
     * A text body as mail readers like it: LF line ends, no trailing white space, at most one blank line in a row, no
     * blank lines around, one final line break. Templates may be loose about white space; the mail is not.
     */
    static String tidy(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(trimmed);
            blank = 0;
        }
        return out.append('\n').toString();
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", "auto-generated");
        headers.put("X-Auto-Response-Suppress", "OOF, AutoReply");
        return java.util.Collections.unmodifiableMap(headers);
    }
}
