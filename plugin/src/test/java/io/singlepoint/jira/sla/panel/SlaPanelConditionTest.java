package io.singlepoint.jira.sla.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;

import com.atlassian.jira.issue.Issue;

import io.singlepoint.jira.sla.ao.SlaConfigEntity;
import io.singlepoint.jira.sla.ao.SlaProjectEntity;
import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.jira.sla.store.SlaProjectStore;
import io.singlepoint.jira.testing.FourSlas;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaPanelConditionTest {

    private static final long SERVICE_DESK = 10_000L;
    private static final long MARKETING = 10_100L;

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(SlaConfigEntity.class, SlaProjectEntity.class);

    private SlaPanelCondition condition() {
        return new SlaPanelCondition(new SlaProjectStore(database.activeObjects()),
                new SlaConfigStore(database.activeObjects()));
    }

    @Test
    void the_panel_shows_on_issues_of_projects_with_slas_once_a_configuration_is_saved() {
        new SlaProjectStore(database.activeObjects()).setEnabled(SERVICE_DESK, true);
        new SlaConfigStore(database.activeObjects()).save(FourSlas.CONFIG, "admin", "", Instant.EPOCH);

        assertThat(condition().shouldDisplay(Map.of("issue", issueIn(SERVICE_DESK)))).isTrue();
    }

    @Test
    void the_panel_is_hidden_in_projects_whose_slas_are_off_or_were_never_switched_on() {
        SlaProjectStore projects = new SlaProjectStore(database.activeObjects());
        projects.setEnabled(SERVICE_DESK, true);
        projects.setEnabled(SERVICE_DESK, false);
        new SlaConfigStore(database.activeObjects()).save(FourSlas.CONFIG, "admin", "", Instant.EPOCH);

        assertThat(condition().shouldDisplay(Map.of("issue", issueIn(SERVICE_DESK)))).isFalse();
        assertThat(condition().shouldDisplay(Map.of("issue", issueIn(MARKETING)))).isFalse();
    }

    @Test
    void the_panel_is_hidden_until_an_administrator_saves_a_configuration() {
        new SlaProjectStore(database.activeObjects()).setEnabled(SERVICE_DESK, true);

        assertThat(condition().shouldDisplay(Map.of("issue", issueIn(SERVICE_DESK)))).isFalse();
    }

    @Test
    void the_panel_is_hidden_where_there_is_no_issue() {
        new SlaProjectStore(database.activeObjects()).setEnabled(SERVICE_DESK, true);
        new SlaConfigStore(database.activeObjects()).save(FourSlas.CONFIG, "admin", "", Instant.EPOCH);

        assertThat(condition().shouldDisplay(Map.of())).isFalse();
        assertThat(condition().shouldDisplay(Map.of("issue", "SD-1"))).isFalse();
    }

    private static Issue issueIn(long projectId) {
        Issue issue = mock(Issue.class);
        when(issue.getProjectId()).thenReturn(projectId);
        return issue;
    }
}
