package io.singlepoint.jira.sla.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import io.singlepoint.core.sla.ResumeOnReply.Participant;
import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaProjectStoreTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(io.singlepoint.jira.sla.ao.SlaProjectEntity.class);

    @Test
    void a_project_without_settings_flags_replies_from_its_reporters() {
        assertThat(new SlaProjectStore(database.activeObjects()).rules(10000)).isEqualTo(Rules.DEFAULT);
    }

    @Test
    void slas_are_off_until_a_project_is_enabled_and_can_be_turned_off_again() {
        SlaProjectStore store = new SlaProjectStore(database.activeObjects());

        assertThat(store.isEnabled(10000)).isFalse();
        store.setEnabled(10000, true);
        store.setEnabled(10002, true);
        store.setEnabled(10001, false);
        assertThat(store.enabledProjects()).containsExactly(10000L, 10002L);

        store.setEnabled(10000, false);
        assertThat(store.enabledProjects()).containsExactly(10002L);
        assertThat(store.rules(10002)).as("enabling keeps the default rules").isEqualTo(Rules.DEFAULT);
    }

    @Test
    void enabling_and_rules_are_independent() {
        SlaProjectStore store = new SlaProjectStore(database.activeObjects());
        Rules rules = new Rules(Map.of("Info Requested", 51), EnumSet.of(Participant.REPORTER));

        store.save(10000, rules);
        assertThat(store.isEnabled(10000)).isFalse();
        store.setEnabled(10000, true);

        assertThat(store.rules(10000)).isEqualTo(rules);
    }

    @Test
    void saved_rules_read_back_and_saving_again_replaces_them() {
        SlaProjectStore store = new SlaProjectStore(database.activeObjects());
        Rules first = new Rules(Map.of("Info Requested", 51), EnumSet.of(Participant.REPORTER));
        Rules second = new Rules(Map.of("Waiting User Response", 61), EnumSet.of(Participant.REPORTER, Participant.WATCHER));

        store.save(10000, first);
        store.save(10000, second);
        store.save(10001, first);

        assertThat(store.rules(10000)).isEqualTo(second);
        assertThat(store.rules(10001)).isEqualTo(first);
    }
}
