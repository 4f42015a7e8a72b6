package io.singlepoint.jira.sla.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A requester's reply to a waiting issue: either a transition to run, which the job runs (outside the commenting
 * transaction) and deletes, or, with no transition, a flag for the agent, which stays until the issue moves on.
 */
@Table("SLA_REPLY")
public interface SlaReplyEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** The comment that answered; a retried event for the same comment adds nothing. */
    @NotNull
    long getCommentId();

    void setCommentId(long commentId);

    /** The status the issue waited in when the reply came. */
    @NotNull
    @StringLength(255)
    String getStatus();

    void setStatus(String status);

    /** The workflow transition to run; {@code null} when the issue is only flagged. */
    Integer getTransitionId();

    void setTransitionId(Integer transitionId);

    String getCommenterKey();

    void setCommenterKey(String commenterKey);

    @NotNull
    long getRepliedAt();

    void setRepliedAt(long repliedAt);
}
