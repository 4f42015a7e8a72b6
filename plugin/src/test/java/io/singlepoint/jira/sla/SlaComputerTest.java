package io.singlepoint.jira.sla;

import static io.singlepoint.jira.sla.SlaWorld.INFO_REQUESTED;
import static io.singlepoint.jira.sla.SlaWorld.OTHER;
import static io.singlepoint.jira.testing.JiraIssues.moveTo;
import static io.singlepoint.jira.testing.JiraIssues.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.util.List;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.sla.SlaState;
import io.singlepoint.jira.sla.SlaComputer.Outcome;
import io.singlepoint.jira.sla.store.SlaTables;
import io.singlepoint.jira.sla.store.StoredSla;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaComputerTest {

    private static final ApplicationUser ANN = user("ann");

    @RegisterExtension
    final ActiveObjectsDatabase database = SlaTables.database();

    @Test
    void an_issue_is_computed_from_its_history_and_stored_under_the_configuration_in_force() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        world.issue(1, "Open", ANN);

        assertThat(world.computer().compute(1)).isEqualTo(Outcome.COMPUTED);

        List<StoredSla> stored = world.states.of(1, 1);
        assertThat(stored).extracting(StoredSla::slaId).containsExactly("ttr");
        assertThat(stored.get(0).result().state()).isEqualTo(SlaState.RUNNING);
        assertThat(stored.get(0).computedAt()).isEqualTo(SlaWorld.NOW);
    }

    @Test
    void a_deleted_issue_loses_its_results_of_every_version_and_its_flags() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        world.issue(2, INFO_REQUESTED, ANN);
        world.computer().compute(2);
        world.replyStore.record(2, 700, INFO_REQUESTED, null, "ann", SlaWorld.NOW);
        when(world.issueManager.getIssueObject(2L)).thenReturn(null);

        assertThat(world.computer().compute(2)).isEqualTo(Outcome.FORGOTTEN);

        assertThat(world.states.versions(2)).isEmpty();
        assertThat(world.replyStore.flag(2)).isEmpty();
    }

    @Test
    void issues_before_any_configuration_are_left_alone() {
        SlaWorld world = new SlaWorld(database.activeObjects());
        world.issue(3, "Open", ANN);

        assertThat(world.computer().compute(3)).isEqualTo(Outcome.SKIPPED);

        assertThat(world.states.versions(3)).isEmpty();
    }

    @Test
    void an_issue_of_a_project_switched_off_loses_its_results_and_flags_so_no_jql_function_finds_it() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        world.issue(4, INFO_REQUESTED, ANN);
        world.issue(8, INFO_REQUESTED, ANN);
        world.computer().compute(4);
        world.computer().compute(8);
        world.replyStore.record(4, 702, INFO_REQUESTED, null, "ann", SlaWorld.NOW);
        assertThat(world.states.inState("ttr", 1, SlaState.PAUSED)).containsExactlyInAnyOrder(4L, 8L);
        assertThat(world.replyStore.flaggedIssues()).containsExactly(4L);

        world.projects.setEnabled(SlaWorld.SERVICE_DESK, false);

        assertThat(world.computer().compute(4)).isEqualTo(Outcome.FORGOTTEN);
        assertThat(world.states.versions(4)).isEmpty();
        assertThat(world.states.inState("ttr", 1, SlaState.PAUSED)).containsExactly(8L);
        assertThat(world.replyStore.flaggedIssues()).isEmpty();
        assertThat(world.replyStore.flag(4)).isEmpty();
    }

    @Test
    void an_issue_of_a_project_that_never_had_slas_stores_nothing() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        world.issue(9, OTHER, "Open", ANN);

        assertThat(world.computer().compute(9)).isEqualTo(Outcome.FORGOTTEN);

        assertThat(world.states.versions(9)).isEmpty();
    }

    @Test
    void a_flag_stays_while_the_issue_waits_and_goes_once_it_left_the_waiting_status() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        MutableIssue issue = world.issue(5, INFO_REQUESTED, ANN);
        world.replyStore.record(5, 701, INFO_REQUESTED, null, "ann", SlaWorld.NOW);

        world.computer().compute(5);
        assertThat(world.replyStore.flag(5)).isPresent();

        moveTo(issue, "In Progress");
        world.computer().compute(5);
        assertThat(world.replyStore.flag(5)).isEmpty();
    }

    @Test
    void an_issue_that_cannot_be_read_fails_alone_and_keeps_its_earlier_results() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        world.issue(6, "Open", ANN);
        SlaComputer computer = world.computer();
        computer.compute(6);
        when(world.history.getChangeItemsForField(any(), eq("status"))).thenThrow(new IllegalStateException("gone"));

        assertThat(computer.compute(6)).isEqualTo(Outcome.FAILED);

        assertThat(world.states.of(6, 1)).hasSize(1);
    }

    @Test
    void a_recalculation_computes_under_the_version_it_was_given_beside_the_current_results() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        world.issue(7, "Open", ANN);
        SlaComputer computer = world.computer();
        computer.compute(7);
        world.configStore.save(SlaWorld.CONFIG.replace("PT4H", "PT8H"), "admin", "longer", SlaWorld.NOW);

        computer.compute(7, world.configs.version(1).orElseThrow());
        computer.compute(7);

        assertThat(world.states.versions(7)).containsExactly(1, 2);
    }
}
