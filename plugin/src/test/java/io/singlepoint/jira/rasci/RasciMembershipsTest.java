package io.singlepoint.jira.rasci;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search table on a real H2 database. */
class RasciMembershipsTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciMemberEntity.class);

    private RasciMemberships memberships;

    @org.junit.jupiter.api.BeforeEach
    void openStore() {
        memberships = new RasciMemberships(database.activeObjects());
    }

    private static RasciAssignment accountable(Participant who, Participant... informed) {
        return RasciAssignment.of(Map.of(RasciRole.ACCOUNTABLE, List.of(who), RasciRole.INFORMED, List.of(informed)));
    }

    @Test
    void issues_are_found_by_role_and_participant_in_ascending_order() {
        memberships.replace(30L, "customfield_10100", accountable(Participant.user("ann"), Participant.group("network-team")));
        memberships.replace(10L, "customfield_10100", accountable(Participant.user("ann")));
        memberships.replace(20L, "customfield_10100", accountable(Participant.user("bob"), Participant.user("ann")));

        assertThat(memberships.issues(RasciRole.ACCOUNTABLE, Participant.user("ann"))).containsExactly(10L, 30L);
        assertThat(memberships.issues(RasciRole.INFORMED, Participant.user("ann"))).containsExactly(20L);
        assertThat(memberships.issues(RasciRole.RESPONSIBLE, Participant.user("ann"))).isEmpty();
    }

    @Test
    void groups_and_addresses_are_found_ignoring_case_and_user_keys_exactly() {
        memberships.replace(1L, "customfield_10100", accountable(Participant.user("Ann"),
                Participant.group("Network-Team"), Participant.email("Supplier@Example.com")));

        assertThat(memberships.issues(RasciRole.INFORMED, Participant.group("network-team"))).containsExactly(1L);
        assertThat(memberships.issues(RasciRole.INFORMED, Participant.email("supplier@example.com")))
                .containsExactly(1L);
        assertThat(memberships.issues(RasciRole.ACCOUNTABLE, Participant.user("ann"))).isEmpty();
    }

    @Test
    void a_new_value_replaces_the_issues_rows_of_that_field_only() {
        memberships.replace(1L, "customfield_10100", accountable(Participant.user("ann")));
        memberships.replace(1L, "customfield_10200", accountable(Participant.user("ann")));

        memberships.replace(1L, "customfield_10100", accountable(Participant.user("bob")));

        assertThat(memberships.issues(RasciRole.ACCOUNTABLE, Participant.user("ann"))).containsExactly(1L);
        assertThat(memberships.issues(RasciRole.ACCOUNTABLE, Participant.user("bob"))).containsExactly(1L);
        assertThat(memberships.count(1L)).isEqualTo(2);
    }

    @Test
    void a_cleared_value_a_deleted_issue_and_a_deleted_field_leave_no_rows() {
        memberships.replace(1L, "customfield_10100", accountable(Participant.user("ann")));
        memberships.replace(2L, "customfield_10100", accountable(Participant.user("ann")));
        memberships.replace(3L, "customfield_10200", accountable(Participant.user("ann")));

        memberships.replace(1L, "customfield_10100", null);
        memberships.forgetIssue(2L);
        memberships.forgetField("customfield_10200");

        assertThat(memberships.count(1L) + memberships.count(2L) + memberships.count(3L)).isZero();
    }

    @Test
    void the_tables_and_columns_fit_oracles_thirty_characters() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.entityManager().getProvider().getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, "AO_%RASCI%", null)) {
            while (columns.next()) {
                names.add(columns.getString("TABLE_NAME"));
                names.add(columns.getString("COLUMN_NAME"));
            }
        }

        assertThat(names).contains("AO_5C1E7D_RASCI_MEMBER", "ROLE_LETTER", "PARTICIPANT");
        assertThat(names).allSatisfy(name -> assertThat(name.length()).as(name).isLessThanOrEqualTo(30));
    }
}
