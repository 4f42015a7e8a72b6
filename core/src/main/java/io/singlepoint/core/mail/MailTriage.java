package io.singlepoint.core.mail;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.singlepoint.core.Violation;

/**
 * Decides what the handler does with an analysed message, in this order:
 * <ol>
 *   <li>its Message-ID is one the app sent: {@code Ignore(own-message)}; one the app already processed:
 *       {@code Duplicate}</li>
 *   <li>no sender address: {@code Hold(no-sender)}</li>
 *   <li>from one of the app's own addresses: {@code Ignore(own-address)}</li>
 *   <li>a bounce with failing addresses: {@code MarkBounced}</li>
 *   <li>automatic: {@code Ignore(automatic.<sign>)}</li>
 *   <li>the sender wrote {@link MailSettings#maxMailsPerSenderPerHour()} mails or more in the last hour:
 *       {@code Hold(rate-limit)}</li>
 *   <li>the sender may not act ({@link MailHistory#standing}): as {@link MailSettings#unknownSender()} says</li>
 *   <li>threaded to an issue: {@code Comment} with the kept files not already on the issue, or
 *       {@code Ignore(empty-reply)} when there is neither text nor file</li>
 *   <li>else {@code CreateIssue}, summary from the subject without reply and forward prefixes</li>
 * </ol>
 * Reason keys are {@code singlepoint.mail.reason.<code>}: {@code own-message}, {@code own-address} (address),
 * {@code no-sender}, {@code automatic.<sign>} (detail), {@code rate-limit} (address, mails, limit),
 * {@code sender-not-permitted} (address, issue key or ""), {@code empty-reply}.
 */
public final class MailTriage {

    private static final String KEY = "singlepoint.mail.reason.";
    private static final Pattern PREFIXES = Pattern.compile(
            "^(\\s*(\\[[^\\]]{1,30}\\]\\s*)?(RE|AW|SV|Antw|Antwort|R|RIF|RES|RV|TR|WG|FW|FWD|I|Doorst|ENC|Réf|Ref)"
                    + "\\s?(\\[\\d{1,3}\\])?\\s?:\\s*)+", Pattern.CASE_INSENSITIVE);

    private MailTriage() {
    }

    public static MailDecision decide(MailAnalysis analysis, MailSettings settings, MailHistory history) {
        Optional<MailHistory.KnownMessage> known = history.find(analysis.messageId());
        if (known.isPresent()) {
            return known.get().origin() == MailHistory.KnownMessage.Origin.SENT
                    ? new MailDecision.Ignore(Violation.of(KEY + "own-message", analysis.messageId()))
                    : new MailDecision.Duplicate(analysis.messageId());
        }
        String sender = analysis.fromAddress();
        if (sender == null) {
            return new MailDecision.Hold(Violation.of(KEY + "no-sender"));
        }
        if (settings.ownAddresses().contains(sender)) {
            return new MailDecision.Ignore(Violation.of(KEY + "own-address", sender));
        }
        Bounce bounce = analysis.bounce();
        if (bounce != null && !bounce.failingAddresses().isEmpty()) {
            return new MailDecision.MarkBounced(bounce.failingAddresses(), bounce.originalMessageId());
        }
        if (analysis.automatic().isAutomatic()) {
            return new MailDecision.Ignore(analysis.automatic().violation());
        }
        int recent = history.mailsInLastHour(sender);
        if (recent >= settings.maxMailsPerSenderPerHour()) {
            return new MailDecision.Hold(Violation.of(KEY + "rate-limit", sender, recent,
                    settings.maxMailsPerSenderPerHour()));
        }
        Threading.Match thread = Threading.thread(analysis, history);
        if (history.standing(sender, thread.issueKey()) != MailHistory.SenderStanding.PERMITTED) {
            Violation reason = Violation.of(KEY + "sender-not-permitted", sender,
                    thread.found() ? thread.issueKey() : "");
            return switch (settings.unknownSender()) {
                case REJECT -> new MailDecision.Reject(reason);
                case FORWARD_TO_AGENTS -> new MailDecision.ForwardToAgents(reason);
                case CREATE_ISSUE -> create(analysis);
            };
        }
        if (thread.found()) {
            Set<Long> sizes = new HashSet<>();
            for (Attachment file : analysis.attachments()) {
                if (file.keep()) {
                    sizes.add(file.size());
                }
            }
            List<Attachment> files = AttachmentRules.decideForIssue(analysis.attachments(),
                    history.attachmentHashes(thread.issueKey(), Set.copyOf(sizes)));
            boolean anyFile = files.stream().anyMatch(Attachment::keep);
            if (analysis.replyText().isBlank() && !anyFile) {
                return new MailDecision.Ignore(Violation.of(KEY + "empty-reply"));
            }
            return new MailDecision.Comment(thread.issueKey(), thread, analysis.replyText(), files);
        }
        return create(analysis);
    }

    private static MailDecision create(MailAnalysis analysis) {
        return new MailDecision.CreateIssue(summary(analysis.subject()), analysis.replyText(),
                analysis.attachments());
    }

    /** The subject without {@code RE:}, {@code AW:}, {@code FW:}, {@code WG:}, ... prefixes; {@code ""} if none. */
    static String summary(String subject) {
        return PREFIXES.matcher(subject).replaceFirst("").strip();
    }
}
