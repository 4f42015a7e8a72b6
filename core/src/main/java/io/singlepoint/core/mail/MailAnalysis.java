package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What the app reads from one raw message: DESIGN.md's mail analysis, plus the addressees, the date, a bounce's
 * report, where the reply text came from and what reading repaired. {@link MailAnalysisJson} writes it.
 *
 * @param messageId          the Message-ID without brackets; for a message without one, a stable id made from its
 *                           sender, date, subject and body ({@code sha256.<hex>@singlepoint.invalid}), so that a
 *                           redelivery is still recognised
 * @param messageIdGenerated whether {@code messageId} was made that way
 * @param from               the sender, or {@code null} if the From header holds no address
 * @param replyTo            Reply-To addresses
 * @param to                 To addresses
 * @param cc                 Cc addresses
 * @param date               the Date header, or {@code null}
 * @param subject            decoded, unfolded; {@code ""} if none
 * @param issueKeys          issue keys of the configured projects in the subject, in order
 * @param thread             In-Reply-To and References
 * @param automatic          whether a machine sent it, and why
 * @param bounce             the delivery report of a bounce, or {@code null}
 * @param replyText          the new text: quoted history and signatures removed
 * @param replySource        {@code text} or {@code html}: the part the reply text came from; {@code none}
 * @param forwarded          the mail forwards another, which the reply text keeps
 * @param attachments        every file, kept or not, with the reason
 * @param size               bytes of the raw message
 * @param defects            what lenient reading repaired
 */
public record MailAnalysis(String messageId, boolean messageIdGenerated, Mailbox from, List<Mailbox> replyTo,
                           List<Mailbox> to, List<Mailbox> cc, Instant date, String subject, List<String> issueKeys,
                           Thread thread, Automatic automatic, Bounce bounce, String replyText, String replySource,
                           boolean forwarded, List<Attachment> attachments, long size, List<MailDefect> defects) {

    /**
     * The message's place in a conversation, as its sender's client wrote it.
     *
     * @param inReplyTo  the first In-Reply-To id, or {@code null}
     * @param references the References ids, oldest first
     */
    public record Thread(String inReplyTo, List<String> references) {
        public Thread {
            references = List.copyOf(references);
        }
    }

    public MailAnalysis {
        requireNonNull(messageId, "messageId");
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        requireNonNull(subject, "subject");
        issueKeys = List.copyOf(issueKeys);
        requireNonNull(thread, "thread");
        requireNonNull(automatic, "automatic");
        requireNonNull(replyText, "replyText");
        requireNonNull(replySource, "replySource");
        attachments = List.copyOf(attachments);
        defects = List.copyOf(defects);
    }

    /** The sender's address, or {@code null}. */
    public String fromAddress() {
        return from == null ? null : from.address();
    }
}
