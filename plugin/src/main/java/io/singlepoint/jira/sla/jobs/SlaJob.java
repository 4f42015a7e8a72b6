package io.singlepoint.jira.sla.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLA job, scheduled once per cluster ({@code RUN_ONCE_PER_CLUSTER}, see
 * {@link io.singlepoint.jira.sla.SlaLifecycle}): no two nodes run it at once. Each run works for at most
 * {@link #BUDGET}, in this order: hand-back transitions of replies (their events queue the issues, computed in the
 * same run), the queue, then the oldest unfinished recalculation. What is left waits for the next run. A phase that
 * fails is logged once and does not keep the others from running; the job never throws.
 */
@Named
public final class SlaJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SlaJob.class);

    /** A run's working time; the schedule's interval is longer, so runs do not pile up. */
    static final Duration BUDGET = Duration.ofSeconds(10);

    /** What one run did. */
    record Summary(int replies, int queued, int recalculated, List<String> failures) {

        @Override
        public String toString() {
            return replies + " replies served, " + queued + " queued issues computed, " + recalculated
                    + " issues recalculated" + (failures.isEmpty() ? "" : "; failed: " + String.join("; ", failures));
        }
    }

    private final ReplyTransitions transitions;
    private final QueueDrain queue;
    private final RecalcTaskRunner recalculations;
    private final Clock clock;

    @Inject
    public SlaJob(ReplyTransitions transitions, QueueDrain queue, RecalcTaskRunner recalculations) {
        this(transitions, queue, recalculations, Clock.systemUTC());
    }

    public SlaJob(ReplyTransitions transitions, QueueDrain queue, RecalcTaskRunner recalculations, Clock clock) {
        this.transitions = transitions;
        this.queue = queue;
        this.recalculations = recalculations;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Summary summary = run(request::isCancellationRequested);
        return summary.failures().isEmpty()
                ? JobRunnerResponse.success(summary.toString())
                : JobRunnerResponse.failed(summary.toString());
    }

    Summary run(BooleanSupplier cancelled) {
        Budget budget = new Budget(clock, BUDGET, cancelled);
        List<String> failures = new ArrayList<>();
        int replies = phase("reply transitions", transitions::run, budget, failures);
        int queued = phase("queue", queue::drain, budget, failures);
        int recalculated = phase("recalculation", recalculations::run, budget, failures);
        return new Summary(replies, queued, recalculated, List.copyOf(failures));
    }

    private static int phase(String name, ToIntFunction<Budget> work, Budget budget, List<String> failures) {
        try {
            return work.applyAsInt(budget);
        } catch (RuntimeException e) {
            LOG.warn("SinglePoint's SLA job could not finish its {} phase; the next run continues: {}", name,
                    e.toString());
            failures.add(name + ": " + e);
            return 0;
        }
    }
}
