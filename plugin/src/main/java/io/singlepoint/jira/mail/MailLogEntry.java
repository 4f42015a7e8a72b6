package io.singlepoint.jira.mail;

import java.time.Instant;
import java.util.List;

/**
 * One line of the processing log.
 *
 * @param id               the entry's id
 * @param messageId        the Message-ID without brackets
 * @param from             the sender's address, or {@code null}
 * @param subject          the subject, or {@code ""}
 * @param decision         {@code comment}, {@code ignore}, ..., {@code failed} or {@code rerun}
 * @param reason           the reason's i18n key, or {@code null}
 * @param reasonArgs       its arguments
 * @param issueKey         the issue it went to (or was about), or {@code null}
 * @param receivedAt       when the handler read it
 * @param rawSize          bytes of the raw mail
 * @param rawKept          whether any of the raw mail is kept
 * @param rawKeptWhole     whether the whole raw mail is kept (else its first bytes, or none)
 * @param attachmentHashes SHA-256 of the files it attached
 * @param answer           what became of the answer to a rejected sender, or {@code null} (none tried)
 * @param forward          what became of the forward of a rejected mail to agents, or {@code null} (none tried)
 */
public record MailLogEntry(long id, String messageId, String from, String subject, String decision, String reason,
                           List<String> reasonArgs, String issueKey, Instant receivedAt, long rawSize,
                           boolean rawKept, boolean rawKeptWhole, List<String> attachmentHashes,
                           ReplyOutcome answer, ReplyOutcome forward) {

    public MailLogEntry {
        reasonArgs = List.copyOf(reasonArgs);
        attachmentHashes = List.copyOf(attachmentHashes);
    }
}
