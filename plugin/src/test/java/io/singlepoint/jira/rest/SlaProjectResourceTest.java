package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.fasterxml.jackson.databind.JsonNode;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;

import io.singlepoint.core.sla.ResumeOnReply.Participant;
import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.jira.rest.RestFixture.Answer;
import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaProjectResourceTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = RestFixture.database();

    private RestFixture jira;
    private Project serviceDesk;

    @BeforeEach
    void a_project_with_two_workflows_and_a_configuration_pausing_in_two_statuses() {
        jira = new RestFixture(database.activeObjects());
        serviceDesk = jira.project(10000, "SD", "Service Desk");
        jira.project(10100, "HR", "Human Resources");
        IssueType incident = issueType("1");
        IssueType request = issueType("2");
        IssueType task = issueType("3");
        when(serviceDesk.getIssueTypes()).thenReturn(List.of(incident, request, task));
        JiraWorkflow incidents = workflow("Incident workflow", Map.of(
                "Open", List.of(action(11, "Start")),
                "info requested", List.of(action(51, "Answered"), action(61, "Close"))));
        JiraWorkflow requests = workflow("Request workflow", Map.of(
                "Info Requested", List.of(action(51, "Customer replied")),
                "Waiting User Response", List.of(action(71, "Back to agent"))));
        when(jira.workflowManager.getWorkflow(10000L, "1")).thenReturn(incidents);
        when(jira.workflowManager.getWorkflow(10000L, "2")).thenReturn(requests);
        when(jira.workflowManager.getWorkflow(10000L, "3")).thenReturn(incidents);
        jira.configs.save(Configs.FOUR_HOURS, "JIRAUSER10000", "", Instant.parse("2026-03-01T00:00:00Z"));
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void every_project_is_listed_with_whether_it_has_slas() {
        jira.projectSettings.setEnabled(10000, true);

        JsonNode projects = jira.get("/sla/projects").json().path("projects");

        assertThat(projects).extracting(p -> p.path("key").asText() + " " + p.path("name").asText() + " "
                + p.path("enabled").asBoolean()).containsExactly("SD Service Desk true", "HR Human Resources false");
    }

    @Test
    void a_projects_settings_offer_the_transitions_out_of_each_pausing_status_in_its_workflows() {
        JsonNode settings = jira.get("/sla/projects/SD").json();

        assertThat(settings.path("enabled").asBoolean()).isFalse();
        assertThat(settings.path("rules").path("transitions")).isEmpty();
        assertThat(settings.path("rules").path("answeredBy")).extracting(JsonNode::asText).containsExactly("REPORTER");
        assertThat(settings.path("rules").path("runAs").isNull()).isTrue();
        JsonNode pausing = settings.path("pausingStatuses");
        assertThat(pausing).extracting(p -> p.path("status").asText())
                .containsExactly("Info Requested", "Waiting User Response");
        assertThat(pausing.get(0).path("transitions")).extracting(t -> t.path("id").asInt() + " "
                + t.path("name").asText() + " " + t.path("workflows")).containsExactly(
                "51 Answered [\"Incident workflow\",\"Request workflow\"]", "61 Close [\"Incident workflow\"]");
        assertThat(pausing.get(1).path("transitions")).extracting(t -> t.path("id").asInt())
                .containsExactly(71);
        assertThat(pausing.get(0).path("chosen").isNull()).isTrue();
    }

    @Test
    void saving_rules_keeps_them_with_the_run_as_user_by_key_and_shows_them_back() {
        Answer answer = jira.call("PUT", "/sla/projects/SD", "{\"rules\": {\"transitions\": {\"Info Requested\": 51,"
                + " \"Waiting User Response\": 71}, \"answeredBy\": [\"REPORTER\", \"WATCHER\"], \"runAs\": \"sd-bot\"}}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(jira.projectSettings.rules(10000)).isEqualTo(new Rules(Map.of("Info Requested", 51,
                "Waiting User Response", 71), EnumSet.of(Participant.REPORTER, Participant.WATCHER), "JIRAUSER10002"));
        assertThat(answer.json().path("rules").path("runAs").path("username").asText()).isEqualTo("sd-bot");
        assertThat(answer.json().path("pausingStatuses").get(0).path("chosen").asInt()).isEqualTo(51);
        assertThat(answer.json().path("pausingStatuses").get(1).path("chosen").asInt()).isEqualTo(71);
        assertThat(jira.projectSettings.isEnabled(10000)).isFalse();
        assertThat(jira.tasks.latest(10)).isEmpty();
    }

    @Test
    void switching_slas_on_recalculates_the_projects_issues_under_the_current_version_by_the_admin() {
        Answer answer = jira.call("PUT", "/sla/projects/SD", "{\"enabled\": true}");

        assertThat(jira.projectSettings.isEnabled(10000)).isTrue();
        assertThat(jira.projectSettings.rules(10000)).isEqualTo(Rules.DEFAULT);
        assertThat(jira.tasks.latest(10)).singleElement().satisfies(task -> {
            assertThat(task.jql()).isEqualTo("project = \"SD\"");
            assertThat(task.configVersion()).isEqualTo(1);
            assertThat(task.authorKey()).isEqualTo("JIRAUSER10000");
            assertThat(task.status()).isEqualTo(RecalcTask.Status.QUEUED);
        });
        assertThat(answer.json().path("recalculation").path("status").asText()).isEqualTo("QUEUED");
    }

    @Test
    void switching_slas_off_recalculates_the_projects_issues_so_they_lose_their_clocks() {
        jira.projectSettings.setEnabled(10000, true);

        Answer answer = jira.call("PUT", "/sla/projects/SD", "{\"enabled\": false}");

        assertThat(jira.projectSettings.isEnabled(10000)).isFalse();
        assertThat(jira.tasks.latest(10)).singleElement().satisfies(task -> {
            assertThat(task.jql()).isEqualTo("project = \"SD\"");
            assertThat(task.authorKey()).isEqualTo("JIRAUSER10000");
        });
        assertThat(answer.json().path("recalculation").path("id").asInt())
                .isEqualTo(jira.tasks.latest(1).get(0).id());
        assertThat(jira.auditLines).containsExactly("SLA admin sla.project.save by JIRAUSER10000:"
                + " at=2026-03-03T09:00:00Z project=SD enabled=false rules=\"{\\\"transitions\\\":{},"
                + "\\\"answeredBy\\\":[\\\"REPORTER\\\"]}\" recalculation=" + jira.tasks.latest(1).get(0).id());
    }

    @Test
    void saving_without_switching_recalculates_nothing() {
        jira.projectSettings.setEnabled(10000, true);

        jira.call("PUT", "/sla/projects/SD", "{\"enabled\": true}");
        jira.call("PUT", "/sla/projects/SD", "{\"rules\": {\"transitions\": {\"Info Requested\": 51}}}");
        jira.call("PUT", "/sla/projects/HR", "{\"enabled\": false}");

        assertThat(jira.projectSettings.isEnabled(10000)).isTrue();
        assertThat(jira.tasks.latest(10)).isEmpty();
    }

    @Test
    void switching_a_project_on_before_any_configuration_recalculates_nothing_yet() {
        jira.close();
        database.activeObjects().deleteWithSQL(io.singlepoint.jira.sla.ao.SlaConfigEntity.class, "ID > ?", 0);
        jira = new RestFixture(database.activeObjects());
        jira.project(10000, "SD", "Service Desk");

        Answer answer = jira.call("PUT", "/sla/projects/SD", "{\"enabled\": true}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(jira.projectSettings.isEnabled(10000)).isTrue();
        assertThat(answer.json().path("recalculation").isNull()).isTrue();
        assertThat(jira.tasks.latest(10)).isEmpty();
    }

    @Test
    void an_unknown_run_as_user_is_refused_and_nothing_changes() {
        Answer answer = jira.call("PUT", "/sla/projects/SD", "{\"enabled\": true, \"rules\": {\"transitions\": {},"
                + " \"answeredBy\": [\"REPORTER\"], \"runAs\": \"ghost\"}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).isEqualTo("There is no user \"ghost\".");
        assertThat(answer.json().path("problems").get(0).path("path").asText()).isEqualTo("rules.runAs");
        assertThat(jira.projectSettings.isEnabled(10000)).isFalse();
    }

    @Test
    void rules_core_does_not_accept_are_refused_with_its_reason() {
        Answer answer = jira.call("PUT", "/sla/projects/SD", "{\"rules\": {\"transitions\": {\"Info Requested\":"
                + " \"soon\"}, \"answeredBy\": [\"BOSS\"]}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).startsWith("The reply rules are not valid: ")
                .contains("Info Requested");
        assertThat(jira.projectSettings.rules(10000)).isEqualTo(Rules.DEFAULT);
    }

    @Test
    void an_unknown_project_is_answered_with_404() {
        assertThat(jira.get("/sla/projects/NOPE").status()).isEqualTo(404);
        assertThat(jira.call("PUT", "/sla/projects/NOPE", "{\"enabled\": true}").status()).isEqualTo(404);
    }

    @Test
    void without_a_configuration_no_status_pauses() {
        jira.close();
        database.activeObjects().deleteWithSQL(io.singlepoint.jira.sla.ao.SlaConfigEntity.class, "VERSION > ?", 0);
        jira = new RestFixture(database.activeObjects());
        jira.project(10000, "SD", "Service Desk");

        assertThat(jira.get("/sla/projects/SD").json().path("pausingStatuses")).isEmpty();
    }

    private static IssueType issueType(String id) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        return type;
    }

    private static ActionDescriptor action(int id, String name) {
        ActionDescriptor action = mock(ActionDescriptor.class);
        when(action.getId()).thenReturn(id);
        when(action.getName()).thenReturn(name);
        return action;
    }

    private static JiraWorkflow workflow(String name, Map<String, List<ActionDescriptor>> steps) {
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        when(workflow.getName()).thenReturn(name);
        List<Status> statuses = new ArrayList<>();
        steps.forEach((statusName, actions) -> {
            Status status = RestFixture.status(statusName);
            statuses.add(status);
            StepDescriptor step = mock(StepDescriptor.class);
            when(step.getActions()).thenReturn(actions);
            when(workflow.getLinkedStep(status)).thenReturn(step);
        });
        when(workflow.getLinkedStatusObjects()).thenReturn(statuses);
        return workflow;
    }
}
