package io.singlepoint.jira.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.singlepoint.core.notify.Intent;
import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.notify.RecipientRules;
import io.singlepoint.core.notify.Stage;
import io.singlepoint.core.notify.IdempotencyKey;
import io.singlepoint.core.notify.TransitionRef;
import io.singlepoint.jira.notify.store.IntentStore;
import io.singlepoint.jira.notify.store.SenderStore;
import io.singlepoint.jira.notify.store.StoredIntent;
import io.singlepoint.jira.notify.store.StoredIntent.State;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The intent table and the send log on a real database. */
class IntentStoreTest {

    private static final Instant AT = Instant.parse("2026-07-01T06:00:00Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = NotifyWorld.database();

    @Test
    void an_intent_is_recorded_once_per_key_and_due_ones_come_earliest_first() {
        IntentStore store = new IntentStore(database.activeObjects());

        assertThat(store.record(intent("10012", AT.plusSeconds(60)), AT)).isTrue();
        assertThat(store.record(intent("10012", AT.plusSeconds(60)), AT)).isFalse();
        assertThat(store.record(intent("10013", AT), AT)).isTrue();

        assertThat(store.due(AT, 10)).extracting(StoredIntent::issueId).containsExactly(10013L);
        assertThat(store.due(AT.plusSeconds(60), 10)).extracting(StoredIntent::issueId)
                .containsExactly(10013L, 10012L);
    }

    @Test
    void a_failure_keeps_the_intent_pending_with_its_reason_until_it_gives_up_and_a_resend_revives_it() {
        IntentStore store = new IntentStore(database.activeObjects());
        store.record(intent("10012", AT), AT);
        long id = store.due(AT, 1).get(0).id();

        store.failed(id, "SMTP: connection refused", AT.plusSeconds(60), AT);
        assertThat(store.get(id)).get().extracting(StoredIntent::state, StoredIntent::attempts, StoredIntent::reason)
                .containsExactly(State.PENDING, 1, "SMTP: connection refused");
        assertThat(store.due(AT, 10)).isEmpty();

        store.failed(id, "SMTP: " + "x".repeat(600), null, AT);
        StoredIntent failed = store.get(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.reason()).hasSize(450);

        assertThat(store.resend(id, false, AT)).isTrue();
        assertThat(store.due(AT, 10)).extracting(StoredIntent::attempts).containsExactly(0);
        assertThat(store.resend(id, false, AT)).as("pending already").isFalse();
    }

    @Test
    void deliveries_are_logged_by_key_and_find_their_issue_by_message_id() {
        IntentStore store = new IntentStore(database.activeObjects());
        store.record(intent("10012", AT), AT);
        long id = store.due(AT, 1).get(0).id();

        store.delivery(id, "k/abc", "ann@example.com", "<sp.10012.custom.abc@jira.example.com>", AT);

        assertThat(store.delivered("k/abc")).isTrue();
        assertThat(store.delivered("k/def")).isFalse();
        assertThat(store.deliveries(id)).isEqualTo(1);
        assertThat(store.issueOfMessage("<sp.10012.custom.abc@jira.example.com>")).contains(10012L);
    }

    @Test
    void a_project_s_sender_is_saved_replaced_and_read_as_its_service_desk() {
        SenderStore senders = new SenderStore(database.activeObjects());

        senders.save(10000L, "it@example.com", "IT", null, null);
        senders.save(10000L, "servicedesk@example.com", "IT Service Desk", "help@example.com", "customfield_10100");

        assertThat(senders.serviceDesk(10000L)).get().satisfies(desk -> {
            assertThat(desk.from().toString()).isEqualTo("IT Service Desk <servicedesk@example.com>");
            assertThat(desk.replyTo().value()).isEqualTo("help@example.com");
        });
        assertThat(senders.rasciField(10000L)).contains("customfield_10100");
        assertThat(senders.serviceDesk(10001L)).isEmpty();
    }

    private static Intent intent(String issueId, Instant due) {
        NotificationConfig config = NotificationConfig.of(Stage.CUSTOM, RecipientRules.parse(List.of("R"), false));
        return new Intent(IdempotencyKey.of(issueId, Stage.CUSTOM, TransitionRef.action(21, due), config.fingerprint()),
                issueId, "SD-" + issueId, Stage.CUSTOM, config, null, AT, due, null, List.of());
    }
}
