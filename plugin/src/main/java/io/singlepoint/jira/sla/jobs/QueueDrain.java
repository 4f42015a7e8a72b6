package io.singlepoint.jira.sla.jobs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.singlepoint.jira.sla.SlaComputer;
import io.singlepoint.jira.sla.store.RecalcQueue;
import io.singlepoint.jira.sla.store.RecalcQueue.Pending;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Computes the queued issues, oldest first, each at most once per run. A row is removed only after its issue was
 * computed, so a node that dies mid-batch leaves it for the next run. Rows queued for an issue after it was computed
 * in this run stay queued for the next run; they are skipped here, not served twice. An issue that fails to compute
 * is served all the same ({@link SlaComputer} logged it): it would otherwise come back every run, and its next change
 * queues it again.
 */
@Named
public final class QueueDrain {

    /** Queue rows read at once. */
    static final int BATCH_ROWS = 200;

    private final RecalcQueue queue;
    private final SlaComputer computer;

    @Inject
    public QueueDrain(RecalcQueue queue, SlaComputer computer) {
        this.queue = queue;
        this.computer = computer;
    }

    /** @return how many issues were served */
    int drain(Budget budget) {
        Set<Long> served = new HashSet<>();
        while (!budget.isSpent()) {
            List<Pending> fresh = queue.next(BATCH_ROWS).stream()
                    .filter(pending -> !served.contains(pending.issueId()))
                    .toList();
            if (fresh.isEmpty()) {
                break;
            }
            for (Pending pending : fresh) {
                if (budget.isSpent()) {
                    return served.size();
                }
                computer.compute(pending.issueId());
                served.add(pending.issueId());
                queue.done(pending);
            }
        }
        return served.size();
    }
}
