package io.singlepoint.jira.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Duration;

import io.singlepoint.core.notify.Intent;
import io.singlepoint.core.notify.Stage;
import io.singlepoint.jira.notify.store.StoredIntent;
import io.singlepoint.jira.notify.store.StoredIntent.State;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The post-function records, inside the transition, what the job will send; it never sends and never throws. */
class NotifyPostFunctionTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = NotifyWorld.database();

    @Test
    void a_transition_records_one_pending_intent_due_now_with_its_rules_and_actor() {
        NotifyWorld world = new NotifyWorld(database, 1);

        world.transition(NotifySenderTest.APPROVED, "JIRAUSER10300");

        StoredIntent stored = world.intents.log(10).get(0);
        assertThat(stored.state()).isEqualTo(State.PENDING);
        assertThat(stored.issueKey()).isEqualTo("SD-12");
        assertThat(stored.stage()).isEqualTo("change-approved");
        assertThat(stored.nextAt()).isEqualTo(NotifyWorld.NOW);
        Intent intent = Intent.fromJson(stored.json());
        assertThat(intent.actorKey()).isEqualTo("JIRAUSER10300");
        assertThat(intent.config().recipients().tokens()).containsExactly("reporter", "assignee", "watchers");
    }

    @Test
    void the_same_transition_run_again_records_once_and_a_later_run_of_it_records_again() {
        NotifyWorld world = new NotifyWorld(database, 1);

        world.transition(NotifySenderTest.APPROVED, "JIRAUSER10300");
        world.transition(NotifySenderTest.APPROVED, "JIRAUSER10300");
        assertThat(world.intents.log(10)).hasSize(1);

        world.clock.advance(Duration.ofDays(1));
        when(world.issue.getUpdated()).thenReturn(Timestamp.from(world.clock.instant()));
        world.transition(NotifySenderTest.APPROVED, "JIRAUSER10300");
        assertThat(world.intents.log(10)).hasSize(2);
    }

    @Test
    void a_reminder_is_due_its_offset_before_the_window() {
        NotifyWorld world = new NotifyWorld(database, 1);
        world.clock.advance(Duration.ofDays(-3));

        world.transition(NotifySenderTest.REMINDER, "JIRAUSER10300");

        StoredIntent stored = world.intents.log(10).get(0);
        assertThat(stored.stage()).isEqualTo(Stage.REMINDER.id());
        assertThat(stored.nextAt()).isEqualTo(NotifyWorld.WINDOW.minus(Duration.ofHours(24)));
    }

    @Test
    void a_reminder_without_a_window_date_records_nothing() {
        NotifyWorld world = new NotifyWorld(database, 1);
        when(world.issue.getCustomFieldValue(world.windowField)).thenReturn(null);

        world.transition(NotifySenderTest.REMINDER, "JIRAUSER10300");

        assertThat(world.intents.log(10)).isEmpty();
    }

    @Test
    void a_broken_configuration_or_database_never_fails_the_transition() {
        NotifyWorld world = new NotifyWorld(database, 1);

        world.transition("{\"v\":1,\"stage\":\"nonsense\"}", "JIRAUSER10300");
        world.transition("not json", "JIRAUSER10300");
        when(world.issue.getProjectObject()).thenThrow(new IllegalStateException("database gone"));
        world.transition(NotifySenderTest.APPROVED, "JIRAUSER10300");

        assertThat(world.intents.log(10)).isEmpty();
    }
}
