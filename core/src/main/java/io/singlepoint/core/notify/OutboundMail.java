package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One mail to one recipient, ready to send: what the sending job hands to Jira's mail server and the command line
 * writes out. One mail per recipient, never one mail to many: each is in its reader's language and time zone, says
 * their RASCI role, and shows no other recipient's address.
 *
 * @param key         the notification's idempotency key
 * @param deliveryKey the key this mail is logged under (notification and recipient): a retried job skips it when sent
 * @param stage       the stage
 * @param issueKey    the issue's key
 * @param from        the service desk, never the person who made the transition
 * @param replyTo     the mailbox the mail handler reads
 * @param to          the recipient
 * @param language    the language the mail is written in ({@code Content-Language})
 * @param subject     the subject, one line, with the issue key in brackets
 * @param messageId   this mail's Message-ID, angle brackets included ({@link MessageIds})
 * @param inReplyTo   the issue's thread root
 * @param references  the thread: the root
 * @param headers     further headers, in order: {@code Auto-Submitted}, {@code X-Auto-Response-Suppress}
 * @param text        the text body, lines ending in LF
 * @param html        the HTML body
 */
public record OutboundMail(IdempotencyKey key, String deliveryKey, Stage stage, String issueKey, Mailbox from,
                           EmailAddress replyTo, Mailbox to, String language, HeaderValue subject, String messageId,
                           String inReplyTo, List<String> references, Map<String, String> headers, String text,
                           String html) {

    public OutboundMail {
        requireNonNull(key, "key");
        requireNonNull(deliveryKey, "deliveryKey");
        requireNonNull(stage, "stage");
        requireNonNull(issueKey, "issueKey");
        requireNonNull(from, "from");
        requireNonNull(replyTo, "replyTo");
        requireNonNull(to, "to");
        requireNonNull(language, "language");
        requireNonNull(subject, "subject");
        requireNonNull(text, "text");
        requireNonNull(html, "html");
        references = List.copyOf(references);
        for (String id : references) {
            msgId(id);
        }
        msgId(messageId);
        msgId(inReplyTo);
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            MailHeaders.tokens(name, List.of(value.split(" ", -1)));
            copy.put(name, value);
        });
        headers = Collections.unmodifiableMap(copy);
    }

    private static void msgId(String id) {
        if (id == null || !id.matches("<[!-;=?-~]+@[!-;=?-~]+>")) {
            throw new IllegalArgumentException("\"" + (id == null ? "null" : EmailAddress.shown(id)) + "\" is not a"
                    + " Message-ID such as <sp.10012@jira.example.com>");
        }
    }
}
