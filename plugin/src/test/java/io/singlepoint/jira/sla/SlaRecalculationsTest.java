package io.singlepoint.jira.sla;

import static io.singlepoint.jira.testing.JiraIssues.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;

import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.jira.sla.store.RecalcTask.Status;
import io.singlepoint.jira.sla.store.SlaTables;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaRecalculationsTest {

    private static final ApplicationUser ADMIN = user("admin");

    @RegisterExtension
    final ActiveObjectsDatabase database = SlaTables.database();

    private final SearchService search = mock(SearchService.class);
    private final ParseResult valid = mock(ParseResult.class);

    private SlaRecalculations recalculations(SlaWorld world) {
        when(valid.isValid()).thenReturn(true);
        when(search.parseQuery(org.mockito.ArgumentMatchers.eq(ADMIN), anyString())).thenReturn(valid);
        return new SlaRecalculations(search, world.configs, world.projects, world.tasks, world.clock);
    }

    @Test
    void a_recalculation_waits_for_the_job_under_the_configuration_in_force() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();

        RecalcTask task = recalculations(world).start("project = SD AND created > -30d", ADMIN);

        assertThat(task).extracting(RecalcTask::status, RecalcTask::jql, RecalcTask::configVersion,
                RecalcTask::authorKey, RecalcTask::createdAt)
                .containsExactly(Status.QUEUED, "project = SD AND created > -30d", 1, "admin", SlaWorld.NOW);
        assertThat(world.tasks.oldestUnfinished()).contains(task);
    }

    @Test
    void a_query_jira_refuses_is_refused_with_jiras_messages_and_starts_nothing() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        SlaRecalculations recalculations = recalculations(world);
        ParseResult invalid = mock(ParseResult.class);
        MessageSet errors = mock(MessageSet.class);
        when(errors.getErrorMessages()).thenReturn(Set.of("Error in the JQL Query: Expecting a field name."));
        when(invalid.getErrors()).thenReturn(errors);
        when(search.parseQuery(ADMIN, "project = ")).thenReturn(invalid);

        assertThatThrownBy(() -> recalculations.start("project = ", ADMIN))
                .isInstanceOfSatisfying(InvalidJqlException.class, e -> {
                    assertThat(e.jql()).isEqualTo("project = ");
                    assertThat(e.messages()).containsExactly("Error in the JQL Query: Expecting a field name.");
                });
        assertThat(world.tasks.latest(5)).isEmpty();
    }

    @Test
    void after_a_new_configuration_every_enabled_project_is_recalculated() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        world.projects.setEnabled(30L, true);

        assertThat(recalculations(world).startForEnabledProjects(ADMIN)).get()
                .extracting(RecalcTask::jql).isEqualTo("project in (10, 30)");
    }

    @Test
    void without_enabled_projects_there_is_nothing_to_recalculate() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        world.projects.setEnabled(SlaWorld.SERVICE_DESK, false);

        assertThat(recalculations(world).startForEnabledProjects(ADMIN)).isEmpty();
    }

    @Test
    void before_any_configuration_there_is_nothing_to_recalculate_with() {
        SlaWorld world = new SlaWorld(database.activeObjects());

        assertThatThrownBy(() -> recalculations(world).start("project = SD", ADMIN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no SLA configuration has been saved yet");
    }
}
