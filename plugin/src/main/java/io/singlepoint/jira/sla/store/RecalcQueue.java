package io.singlepoint.jira.sla.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.jira.sla.ao.SlaQueueEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The issues whose SLAs must be computed again, in a table: written in the same transaction as the change that
 * caused it, drained by the job, so nothing is lost across a restart or a node's death. An issue queued many times
 * is computed once per batch; rows queued while it is being computed survive to the next batch, because
 * {@link #done} removes only what the batch saw. Computing an issue is idempotent (always from its whole history),
 * so a batch retried after a crash does no harm.
 */
@Named
public final class RecalcQueue {

    /** An issue to compute, and the last queue row that this batch covers. */
    public record Pending(long issueId, int upTo) {
    }

    private final ActiveObjects ao;

    @Inject
    public RecalcQueue(ActiveObjects ao) {
        this.ao = ao;
    }

    public void add(long issueId, Instant at) {
        ao.create(SlaQueueEntity.class, new DBParam("ISSUE_ID", issueId), new DBParam("QUEUED_AT", at.toEpochMilli()));
    }

    /** The issues of the oldest {@code rows} queue rows, each once, in the order they were first queued. */
    public List<Pending> next(int rows) {
        Map<Long, Integer> upTo = new LinkedHashMap<>();
        for (SlaQueueEntity row : ao.find(SlaQueueEntity.class, Query.select().order("ID").limit(rows))) {
            upTo.merge(row.getIssueId(), row.getID(), Math::max);
        }
        List<Pending> pending = new ArrayList<>(upTo.size());
        upTo.forEach((issue, last) -> pending.add(new Pending(issue, last)));
        return pending;
    }

    /** The issue was computed from all history up to now: its rows up to the batch's last are served. */
    public void done(Pending pending) {
        ao.deleteWithSQL(SlaQueueEntity.class, "ISSUE_ID = ? AND ID <= ?", pending.issueId(), pending.upTo());
    }

    public int size() {
        return ao.count(SlaQueueEntity.class);
    }
}
