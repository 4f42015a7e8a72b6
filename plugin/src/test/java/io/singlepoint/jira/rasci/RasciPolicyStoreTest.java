package io.singlepoint.jira.rasci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import io.singlepoint.core.rasci.Participant.Kind;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciPolicy.RoleRule;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.ao.RasciPolicyEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import net.java.ao.DBParam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The policies per field on a real store (H2). */
class RasciPolicyStoreTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciPolicyEntity.class);

    static final RasciPolicy TWO_ACCOUNTABLE = new RasciPolicy(Map.of(
            RasciRole.ACCOUNTABLE, new RoleRule(1, 2, EnumSet.of(Kind.USER, Kind.GROUP))));

    @Test
    void a_field_without_its_own_policy_follows_the_default() {
        RasciPolicyStore store = new RasciPolicyStore(database.activeObjects());

        assertThat(store.policy("customfield_10100")).isEqualTo(RasciPolicy.DEFAULT);
        assertThat(store.policy(null)).isEqualTo(RasciPolicy.DEFAULT);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void a_saved_policy_is_read_back_replaced_and_removed_per_field() {
        RasciPolicyStore store = new RasciPolicyStore(database.activeObjects());

        store.save("customfield_10100", RasciPolicy.DEFAULT);
        store.save("customfield_10100", TWO_ACCOUNTABLE);
        store.save("customfield_10200", RasciPolicy.DEFAULT);

        assertThat(store.policy("customfield_10100")).isEqualTo(TWO_ACCOUNTABLE);
        assertThat(store.all()).containsOnlyKeys("customfield_10100", "customfield_10200");
        store.remove("customfield_10100");
        assertThat(store.policy("customfield_10100")).isEqualTo(RasciPolicy.DEFAULT);
        assertThat(store.all()).containsOnlyKeys("customfield_10200");
    }

    @Test
    void a_stored_policy_that_cannot_be_read_falls_back_to_the_default() throws Exception {
        database.activeObjects().create(RasciPolicyEntity.class, new DBParam("FIELD_ID", "customfield_10100"),
                new DBParam("POLICY_JSON", "{\"v\":9}"));
        RasciPolicyStore store = new RasciPolicyStore(database.activeObjects());

        assertThat(store.policy("customfield_10100")).isEqualTo(RasciPolicy.DEFAULT);
        assertThat(store.all()).isEmpty();
    }
}
