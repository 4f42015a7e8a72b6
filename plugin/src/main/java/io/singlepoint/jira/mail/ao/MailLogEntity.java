package io.singlepoint.jira.mail.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One mail the handler received and what it decided: the processing log. It also remembers the Message-IDs of mails
 * received, which thread later replies, and keeps the raw mail (up to a limit) of everything so that nothing is lost.
 */
@Table("MAIL_LOG")
public interface MailLogEntity extends Entity {

    /** SHA-256 hex of the Message-ID: Message-IDs may be longer than an index allows. */
    @NotNull
    @Indexed
    @StringLength(64)
    String getMessageKey();

    void setMessageKey(String messageKey);

    /** The Message-ID without angle brackets, cut at 450 characters. */
    @NotNull
    @StringLength(450)
    String getMessageId();

    void setMessageId(String messageId);

    /** The sender's address in lower case, or {@code null} when the mail names none. */
    @Indexed
    String getFromAddress();

    void setFromAddress(String fromAddress);

    String getSubject();

    void setSubject(String subject);

    /** {@code comment}, {@code ignore}, {@code hold}, ... or {@code failed}; {@code rerun} once an admin re-ran it. */
    @NotNull
    @StringLength(32)
    String getDecision();

    void setDecision(String decision);

    /** The reason's i18n key, {@code singlepoint.mail.reason.*}, or {@code null}. */
    String getReason();

    void setReason(String reason);

    /** The reason's arguments, separated by U+001F. */
    @StringLength(StringLength.UNLIMITED)
    String getReasonArgs();

    void setReasonArgs(String reasonArgs);

    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @Indexed
    long getReceivedAt();

    void setReceivedAt(long receivedAt);

    /** Bytes of the raw mail. */
    @NotNull
    long getRawSize();

    void setRawSize(long rawSize);

    /** The raw mail in Base64, whole or its first bytes up to the configured limit; {@code null} if none kept. */
    @StringLength(StringLength.UNLIMITED)
    String getRawMail();

    void setRawMail(String rawMail);

    /** SHA-256 hex of the files this mail attached to the issue, separated by spaces. */
    @StringLength(StringLength.UNLIMITED)
    String getAttachmentHashes();

    void setAttachmentHashes(String attachmentHashes);

    // Added in session 4 (nullable, additive): what became of a rejected mail's answer and forward.

    /** The answer to a rejected sender: {@code sent}, {@code skipped} or {@code failed}; {@code null}: none tried. */
    @StringLength(16)
    String getAnswerState();

    void setAnswerState(String answerState);

    /** Why it was skipped or failed: an i18n key {@code singlepoint.mail.reply.*}, or {@code null}. */
    String getAnswerReason();

    void setAnswerReason(String answerReason);

    /** The answer reason's arguments, separated by U+001F. */
    @StringLength(StringLength.UNLIMITED)
    String getAnswerArgs();

    void setAnswerArgs(String answerArgs);

    /** The forward of a rejected mail to agents: {@code sent}, {@code skipped} or {@code failed}; {@code null}: none. */
    @StringLength(16)
    String getForwardState();

    void setForwardState(String forwardState);

    /** Why it was skipped or failed: an i18n key {@code singlepoint.mail.reply.*}, or {@code null}. */
    String getForwardReason();

    void setForwardReason(String forwardReason);

    /** The forward reason's arguments, separated by U+001F. */
    @StringLength(StringLength.UNLIMITED)
    String getForwardArgs();

    void setForwardArgs(String forwardArgs);
}
