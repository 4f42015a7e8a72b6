package io.singlepoint.jira.sla.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaConfigStoreTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = SlaTables.database();

    @Test
    void nothing_is_current_before_the_first_save() {
        assertThat(new SlaConfigStore(database.activeObjects()).current()).isEmpty();
    }

    @Test
    void each_save_adds_the_next_version_and_keeps_the_earlier_ones() {
        SlaConfigStore store = new SlaConfigStore(database.activeObjects());

        store.save("{\"slas\":[]}", "admin", "first draft", MONDAY);
        ConfigVersion second = store.save("{\"slas\":[],\"calendars\":{}}", "ann", null, MONDAY.plusSeconds(60));

        assertThat(second).isEqualTo(new ConfigVersion(2, "{\"slas\":[],\"calendars\":{}}", "ann",
                MONDAY.plusSeconds(60), ""));
        assertThat(store.current()).contains(second);
        assertThat(store.version(1)).get().extracting(ConfigVersion::json, ConfigVersion::note)
                .containsExactly("{\"slas\":[]}", "first draft");
        assertThat(store.history(10)).extracting(ConfigVersion::number).containsExactly(2, 1);
        assertThat(store.version(3)).isEmpty();
    }

    @Test
    void administrators_saving_at_once_each_get_a_version_of_their_own() throws Exception {
        SlaConfigStore store = new SlaConfigStore(database.activeObjects());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ConfigVersion>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String json = "{\"slas\":[],\"n\":" + i + "}";
                saves.add(pool.submit(() -> store.save(json, "admin", "", MONDAY)));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<ConfigVersion> save : saves) {
                numbers.add(save.get().number());
            }

            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        } finally {
            pool.shutdownNow();
        }
    }
}
