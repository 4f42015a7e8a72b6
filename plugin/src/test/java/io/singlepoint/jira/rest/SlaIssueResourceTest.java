package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.JsonNode;

import io.singlepoint.core.sla.Cycle;
import io.singlepoint.core.sla.SlaResult;
import io.singlepoint.core.sla.SlaState;
import io.singlepoint.jira.rest.RestFixture.Answer;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaIssueResourceTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = RestFixture.database();

    private RestFixture jira;
    private MutableIssue issue;

    @BeforeEach
    void an_issue_with_results_under_two_versions() {
        jira = new RestFixture(database.activeObjects());
        Project project = jira.project(10000, "SD", "Service Desk");
        issue = jira.issue(project, 42, "SD-42", "VPN", "2026-03-02T09:00:00Z", null);
        jira.configs.save(Configs.FOUR_HOURS, "JIRAUSER10000", "", MONDAY);
        jira.configs.save(Configs.TWO_HOURS_BUT_HIGH_A_DAY, "JIRAUSER10000", "", MONDAY.plusSeconds(60));
        jira.states.replace(42, 1, List.of(running("ttr", 4)), MONDAY.plusSeconds(600));
        jira.states.replace(42, 2, List.of(running("ttr", 2), new SlaResult("SD-42", "ttfr", SlaState.NOT_STARTED,
                List.of())), MONDAY.plusSeconds(900));
        jira.signIn(jira.agent);
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void a_failure_inside_jira_is_answered_as_json_in_the_callers_language_not_as_an_html_page() {
        org.mockito.Mockito.when(jira.issueManager.getIssueObject("SD-43"))
                .thenThrow(new IllegalStateException("database gone"));

        Answer answer = jira.get("/sla/issues/SD-43");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().path("error").asText()).isEqualTo("SinglePoint could not answer because of an"
                + " unexpected error (IllegalStateException). The Jira log has the details.");
    }

    private static SlaResult running(String sla, long targetHours) {
        return new SlaResult("SD-42", sla, SlaState.RUNNING, List.of(new Cycle(MONDAY, null, 1_800_000, 0,
                targetHours * 3_600_000, false, MONDAY.plusSeconds(targetHours * 3600))));
    }

    @Test
    void whoever_may_browse_the_issue_reads_its_slas_under_the_current_version_in_the_result_format() {
        jira.mayBrowse(jira.agent, issue, true);

        Answer answer = jira.get("/sla/issues/SD-42");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.path("issue").asText()).isEqualTo("SD-42");
        assertThat(body.path("version").asInt()).isEqualTo(2);
        assertThat(body.path("versions")).extracting(JsonNode::asInt).containsExactly(1, 2);
        assertThat(body.path("computedAt").asText()).isEqualTo("2026-03-02T09:15:00Z");
        assertThat(body.path("results")).hasSize(2);
        assertThat(body.path("results").get(0).toString()).isEqualTo("{\"issue\":\"SD-42\",\"sla\":\"ttr\","
                + "\"state\":\"RUNNING\",\"cycles\":[{\"start\":\"2026-03-02T09:00:00Z\",\"stop\":null,"
                + "\"elapsedMillis\":1800000,\"pausedMillis\":0,\"targetMillis\":7200000,\"breached\":false,"
                + "\"breachAt\":\"2026-03-02T11:00:00Z\"}]}");
        assertThat(body.path("results").get(1).path("state").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void results_of_an_earlier_version_stay_readable() {
        jira.mayBrowse(jira.agent, issue, true);

        JsonNode body = jira.get("/sla/issues/SD-42?version=1").json();

        assertThat(body.path("version").asInt()).isEqualTo(1);
        assertThat(body.path("results")).singleElement()
                .satisfies(r -> assertThat(r.path("cycles").get(0).path("targetMillis").asLong()).isEqualTo(14_400_000));
        assertThat(body.path("computedAt").asText()).isEqualTo("2026-03-02T09:10:00Z");
    }

    @Test
    void a_version_without_results_for_the_issue_answers_none() {
        jira.mayBrowse(jira.agent, issue, true);

        JsonNode body = jira.get("/sla/issues/SD-42?version=3").json();

        assertThat(body.path("results")).isEmpty();
        assertThat(body.path("computedAt").isNull()).isTrue();
        assertThat(body.path("versions")).hasSize(2);
    }

    @Test
    void an_issue_the_caller_may_not_browse_does_not_exist_for_them() {
        jira.mayBrowse(jira.agent, issue, false);

        Answer hidden = jira.get("/sla/issues/SD-42");
        Answer missing = jira.get("/sla/issues/SD-404");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().path("error").asText()).isEqualTo("Issue SD-42 does not exist, or you may not see it.");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").asText()).isEqualTo("Issue SD-404 does not exist, or you may not see it.");
    }

    @Test
    void an_anonymous_caller_sees_only_what_jira_lets_anonymous_users_browse() {
        jira.signOut();

        assertThat(jira.get("/sla/issues/SD-42").status()).isEqualTo(404);
    }

    @Test
    void a_version_that_is_no_number_is_refused() {
        jira.mayBrowse(jira.agent, issue, true);

        Answer answer = jira.get("/sla/issues/SD-42?version=latest");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText())
                .isEqualTo("A version is a positive whole number, not \"latest\".");
    }

    @Test
    void before_any_configuration_is_saved_there_is_no_version_and_no_result() {
        jira.close();
        database.activeObjects().deleteWithSQL(io.singlepoint.jira.sla.ao.SlaConfigEntity.class, "VERSION > ?", 0);
        database.activeObjects().deleteWithSQL(io.singlepoint.jira.sla.ao.SlaStateEntity.class, "ISSUE_ID > ?", 0);
        jira = new RestFixture(database.activeObjects());
        issue = jira.issue(jira.project(10000, "SD", "Service Desk"), 42, "SD-42", "VPN", "2026-03-02T09:00:00Z", null);
        jira.mayBrowse(jira.admin, issue, true);

        JsonNode body = jira.get("/sla/issues/SD-42").json();

        assertThat(body.path("version").isNull()).isTrue();
        assertThat(body.path("versions")).isEmpty();
        assertThat(body.path("results")).isEmpty();
    }
}
