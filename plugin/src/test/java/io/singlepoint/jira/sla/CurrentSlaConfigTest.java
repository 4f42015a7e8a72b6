package io.singlepoint.jira.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.singlepoint.jira.sla.ao.SlaConfigEntity;
import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CurrentSlaConfigTest {

    private static final String ONE_SLA = """
            {"slas": [{"id": "ttr", "name": "Time to resolution", "start": {"onCreate": true},
                       "stop": {"statuses": ["Resolved"]}}]}""";
    private static final String TWO_SLAS = """
            {"slas": [{"id": "ttr", "name": "Time to resolution", "start": {"onCreate": true}},
                      {"id": "ttfr", "name": "First response", "start": {"onCreate": true}}]}""";

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(SlaConfigEntity.class);

    @Test
    void there_is_no_configuration_until_one_is_saved() {
        assertThat(new CurrentSlaConfig(new SlaConfigStore(database.activeObjects())).get()).isEmpty();
    }

    @Test
    void a_save_on_any_node_is_in_force_at_once_here() {
        SlaConfigStore store = new SlaConfigStore(database.activeObjects());
        CurrentSlaConfig current = new CurrentSlaConfig(store);
        store.save(ONE_SLA, "admin", "", Instant.EPOCH);
        assertThat(current.get()).get().extracting(c -> c.config().slas().size()).isEqualTo(1);

        // Another node saves: only the database knows.
        new SlaConfigStore(database.activeObjects()).save(TWO_SLAS, "admin", "", Instant.EPOCH);

        assertThat(current.get()).get().extracting(CurrentSlaConfig.Versioned::version).isEqualTo(2);
        assertThat(current.get().orElseThrow().config().slas()).hasSize(2);
        assertThat(current.version(1).orElseThrow().config().slas()).hasSize(1);
        assertThat(current.version(3)).isEmpty();
    }
}
