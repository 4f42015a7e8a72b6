package io.singlepoint.jira.sla.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.singlepoint.jira.sla.store.RecalcTask.Status;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecalcTaskStoreTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(io.singlepoint.jira.sla.ao.SlaRecalcEntity.class);

    @Test
    void a_task_goes_from_queued_through_running_to_done_with_its_progress() {
        RecalcTaskStore tasks = new RecalcTaskStore(database.activeObjects());
        RecalcTask task = tasks.create("project = SD", 3, "admin", AT);

        assertThat(tasks.nextQueued()).contains(task);
        tasks.started(task.id(), 250);
        tasks.progress(task.id(), 100);
        assertThat(tasks.get(task.id())).get().extracting(RecalcTask::status, RecalcTask::total, RecalcTask::done)
                .containsExactly(Status.RUNNING, 250, 100);
        assertThat(tasks.nextQueued()).isEmpty();

        tasks.finished(task.id(), Status.DONE, "", AT.plusSeconds(60));

        RecalcTask done = tasks.get(task.id()).orElseThrow();
        assertThat(done.isFinished()).isTrue();
        assertThat(done.finishedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(done.jql()).isEqualTo("project = SD");
        assertThat(done.configVersion()).isEqualTo(3);
    }

    @Test
    void the_task_to_advance_is_the_running_one_before_any_queued_and_none_once_all_finished() {
        RecalcTaskStore tasks = new RecalcTaskStore(database.activeObjects());
        RecalcTask first = tasks.create("project = A", 1, "admin", AT);
        RecalcTask second = tasks.create("project = B", 1, "admin", AT);
        tasks.started(first.id(), 10);

        assertThat(tasks.oldestUnfinished()).get().extracting(RecalcTask::id).isEqualTo(first.id());

        tasks.finished(first.id(), Status.DONE, "", AT);
        assertThat(tasks.oldestUnfinished()).get().extracting(RecalcTask::id).isEqualTo(second.id());

        tasks.finished(second.id(), Status.FAILED, "bad", AT);
        assertThat(tasks.oldestUnfinished()).isEmpty();
    }

    @Test
    void a_failure_keeps_its_reason_within_the_column() {
        RecalcTaskStore tasks = new RecalcTaskStore(database.activeObjects());
        RecalcTask task = tasks.create("project = SD", 1, "admin", AT);

        tasks.finished(task.id(), Status.FAILED, "x".repeat(1000), AT);

        assertThat(tasks.get(task.id()).orElseThrow().message()).hasSize(450);
    }

    @Test
    void the_latest_tasks_come_newest_first_and_unknown_ones_are_refused() {
        RecalcTaskStore tasks = new RecalcTaskStore(database.activeObjects());
        tasks.create("project = A", 1, "admin", AT);
        tasks.create("project = B", 1, "admin", AT);

        assertThat(tasks.latest(5)).extracting(RecalcTask::jql).containsExactly("project = B", "project = A");
        assertThat(tasks.get(99)).isEmpty();
        assertThatThrownBy(() -> tasks.progress(99, 1)).hasMessage("no recalculation 99");
    }
}
