package io.singlepoint.jira.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One row of the processing log page, as the template writes it (Jira escapes every value).
 *
 * @param id         the entry, for the download link
 * @param received   when, {@code 2026-11-03 09:15:02 UTC}
 * @param from       the sender, or {@code ""}
 * @param subject    the subject
 * @param decision   {@code comment}, {@code ignore}, ..., {@code failed}
 * @param reason     the reason in the administrator's language, or {@code ""}
 * @param issueKey   the issue, or {@code ""}
 * @param size       the raw mail's size, {@code 12.3 KB}
 * @param downloadable whether a raw mail is kept (whole or cut)
 * @param keptWhole  whether it is kept whole
 * @param answer     what became of the answer to a rejected sender, or {@code null} (none tried)
 * @param forward    what became of the forward to agents, or {@code null} (none tried)
 * @param forwardAgain whether an administrator may forward it again (rejected, kept whole, not yet forwarded)
 */
public record MailLogRow(long id, String received, String from, String subject, String decision, String reason,
                         String issueKey, String size, boolean downloadable, boolean keptWhole, MailLogReply answer,
                         MailLogReply forward, boolean forwardAgain) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    static MailLogRow of(MailLogEntry entry, String reason, MailLogReply answer, MailLogReply forward) {
        return new MailLogRow(entry.id(), WHEN.format(entry.receivedAt()), entry.from() == null ? "" : entry.from(),
                entry.subject(), entry.decision(), reason, entry.issueKey() == null ? "" : entry.issueKey(),
                size(entry.rawSize()), entry.rawKept(), entry.rawKeptWhole(), answer, forward,
                entry.forward() != null && MailProcessor.forwardable(entry));
    }

    /** Whether the decision needs an agent's look: held, rejected or failed. */
    public boolean attention() {
        return MailProcessor.RERUNNABLE.contains(decision);
    }

    /** Whether an administrator may re-run it: it needs a look and its raw mail is kept whole. */
    public boolean rerunnable() {
        return attention() && keptWhole;
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
