package io.singlepoint.jira.sla.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.jira.sla.ao.SlaReplyEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Requesters' replies to waiting issues. A reply with a transition waits here for the job, which runs the transition
 * outside the transaction that added the comment and removes it; a reply without one is the flag that tells agents
 * the requester has answered, removed when the issue leaves the waiting status.
 */
@Named
public final class SlaReplyStore {

    private final ActiveObjects ao;

    @Inject
    public SlaReplyStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Records a reply once per comment: an event delivered twice for the same comment adds nothing.
     *
     * @return whether it was recorded now
     */
    public boolean record(long issueId, long commentId, String status, Integer transitionId, String commenterKey,
                          Instant at) {
        return ao.executeInTransaction(() -> {
            if (ao.count(SlaReplyEntity.class, "COMMENT_ID = ?", commentId) > 0) {
                return false;
            }
            ao.create(SlaReplyEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("COMMENT_ID", commentId),
                    new DBParam("STATUS", status),
                    new DBParam("TRANSITION_ID", transitionId),
                    new DBParam("COMMENTER_KEY", commenterKey),
                    new DBParam("REPLIED_AT", at.toEpochMilli()));
            return true;
        });
    }

    /** Replies whose transition has yet to run, oldest first. */
    public List<Reply> transitionsToRun(int limit) {
        return Arrays.stream(ao.find(SlaReplyEntity.class,
                        Query.select().where("TRANSITION_ID IS NOT NULL").order("ID").limit(limit)))
                .map(SlaReplyStore::reply)
                .toList();
    }

    /** The transition ran: the reply is served. */
    public void ran(Reply reply) {
        ao.deleteWithSQL(SlaReplyEntity.class, "ID = ?", reply.id());
    }

    /** The transition could not run: the reply becomes a flag for the agent. */
    public void flagInstead(Reply reply) {
        SlaReplyEntity entity = ao.get(SlaReplyEntity.class, reply.id());
        if (entity != null) {
            entity.setTransitionId(null);
            entity.save();
        }
    }

    /** The flag on the issue, the latest if several replies came. */
    public Optional<Reply> flag(long issueId) {
        SlaReplyEntity[] flags = ao.find(SlaReplyEntity.class,
                Query.select().where("ISSUE_ID = ? AND TRANSITION_ID IS NULL", issueId).order("ID DESC").limit(1));
        return flags.length == 0 ? Optional.empty() : Optional.of(reply(flags[0]));
    }

    /** Issues flagged for their agent. */
    public List<Long> flaggedIssues() {
        return Arrays.stream(ao.find(SlaReplyEntity.class,
                        Query.select("ID, ISSUE_ID").where("TRANSITION_ID IS NULL").order("ISSUE_ID")))
                .map(SlaReplyEntity::getIssueId)
                .distinct()
                .toList();
    }

    /** The issue no longer waits: its flags go. */
    public void clearFlags(long issueId) {
        ao.deleteWithSQL(SlaReplyEntity.class, "ISSUE_ID = ? AND TRANSITION_ID IS NULL", issueId);
    }

    private static Reply reply(SlaReplyEntity entity) {
        return new Reply(entity.getID(), entity.getIssueId(), entity.getCommentId(), entity.getStatus(),
                entity.getTransitionId(), entity.getCommenterKey(), Instant.ofEpochMilli(entity.getRepliedAt()));
    }
}
