package io.singlepoint.jira.notify.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A change notification a transition asked for: recorded by the post-function inside the transition, sent (or
 * cancelled) by the sending job. One row per idempotency key, so a retried transition records once.
 */
@Table("NOTIFY_INTENT")
public interface NotifyIntentEntity extends Entity {

    /** Core's idempotency key, at most 120 ASCII characters; unique. */
    @NotNull
    @Unique
    @StringLength(120)
    String getIdemKey();

    void setIdemKey(String idemKey);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @StringLength(40)
    String getStage();

    void setStage(String stage);

    /** PENDING, SENT, FAILED (given up; resend puts it back) or CANCELLED. */
    @NotNull
    @Indexed
    @StringLength(20)
    String getState();

    void setState(String state);

    /** The intent as core stores it ({@code Intent.toJson()}). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getIntentJson();

    void setIntentJson(String intentJson);

    @NotNull
    long getRecordedAt();

    void setRecordedAt(long recordedAt);

    /** When the job looks at it next: its due instant, or the next attempt after a failure (epoch millis). */
    @NotNull
    @Indexed
    long getNextAt();

    void setNextAt(long nextAt);

    @NotNull
    int getAttempts();

    void setAttempts(int attempts);

    /** Why the last attempt failed, or why it was cancelled; {@code null} otherwise. */
    @StringLength(450)
    String getReason();

    void setReason(String reason);

    /** When it was sent, failed for good or cancelled (epoch millis); {@code null} while pending. */
    Long getDoneAt();

    void setDoneAt(Long doneAt);

    @NotNull
    int getSentCount();

    void setSentCount(int sentCount);

    /** How many times it was resent to everyone from the log: each resend's mails get new Message-IDs. */
    @NotNull
    int getResends();

    void setResends(int resends);

    @NotNull
    int getSkippedCount();

    void setSkippedCount(int skippedCount);

    /**
     * When the comment recording what was sent was claimed for this intent (epoch millis); {@code null} if none was
     * (yet). Set before the comment is added, so that a retried run never comments twice.
     */
    Long getCommentedAt();

    void setCommentedAt(Long commentedAt);
}
