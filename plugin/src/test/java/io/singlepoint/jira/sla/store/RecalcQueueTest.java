package io.singlepoint.jira.sla.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.singlepoint.jira.sla.store.RecalcQueue.Pending;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecalcQueueTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(io.singlepoint.jira.sla.ao.SlaQueueEntity.class);

    @Test
    void an_issue_queued_many_times_is_computed_once_per_batch_in_the_order_first_queued() {
        RecalcQueue queue = new RecalcQueue(database.activeObjects());
        for (long issue : new long[] {30, 10, 30, 20, 10, 30}) {
            queue.add(issue, AT);
        }

        List<Pending> batch = queue.next(100);

        assertThat(batch).extracting(Pending::issueId).containsExactly(30L, 10L, 20L);
        assertThat(batch.get(0).upTo()).isEqualTo(6);
        assertThat(batch.get(1).upTo()).isEqualTo(5);
    }

    @Test
    void what_is_queued_while_an_issue_is_computed_survives_its_batch() {
        RecalcQueue queue = new RecalcQueue(database.activeObjects());
        queue.add(10, AT);
        queue.add(10, AT);
        Pending pending = queue.next(100).get(0);

        queue.add(10, AT.plusSeconds(1));
        queue.done(pending);

        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.next(100)).containsExactly(new Pending(10, 3));
    }

    @Test
    void a_batch_covers_the_oldest_rows_and_the_rest_wait() {
        RecalcQueue queue = new RecalcQueue(database.activeObjects());
        for (long issue = 1; issue <= 5; issue++) {
            queue.add(issue, AT);
        }

        List<Pending> first = queue.next(2);
        first.forEach(queue::done);

        assertThat(first).extracting(Pending::issueId).containsExactly(1L, 2L);
        assertThat(queue.next(10)).extracting(Pending::issueId).containsExactly(3L, 4L, 5L);
    }

    @Test
    void nothing_is_lost_when_the_node_restarts_before_the_job_runs() {
        new RecalcQueue(database.activeObjects()).add(42, AT);

        RecalcQueue afterRestart = new RecalcQueue(database.activeObjects());

        assertThat(afterRestart.next(10)).containsExactly(new Pending(42, 1));
    }

    @Test
    void finishing_a_batch_twice_does_no_harm() {
        RecalcQueue queue = new RecalcQueue(database.activeObjects());
        queue.add(5, AT);
        Pending pending = queue.next(10).get(0);

        queue.done(pending);
        queue.done(pending);

        assertThat(queue.size()).isZero();
    }
}
