package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.singlepoint.jira.rest.RestFixture.Answer;
import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaRecalculationResourceTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = RestFixture.database();

    private RestFixture jira;

    @BeforeEach
    void a_saved_configuration() {
        jira = new RestFixture(database.activeObjects());
        jira.project(10000, "SD", "Service Desk");
        jira.configs.save(Configs.FOUR_HOURS, "JIRAUSER10000", "", Instant.parse("2026-03-01T00:00:00Z"));
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void a_valid_query_is_queued_under_the_current_version_and_answered_with_201() {
        jira.jql("project = SD AND created >= -30d");

        Answer answer = jira.call("POST", "/sla/recalculations", "{\"jql\": \"project = SD AND created >= -30d\"}");

        assertThat(answer.status()).isEqualTo(201);
        JsonNode task = answer.json();
        assertThat(task.path("jql").asText()).isEqualTo("project = SD AND created >= -30d");
        assertThat(task.path("version").asInt()).isEqualTo(1);
        assertThat(task.path("status").asText()).isEqualTo("QUEUED");
        assertThat(task.path("finished").asBoolean()).isFalse();
        assertThat(task.path("author").path("name").asText()).isEqualTo("Ann Admin");
        assertThat(task.path("createdAt").asText()).isEqualTo("2026-03-03T09:00:00Z");
        assertThat(jira.tasks.get(task.path("id").asInt())).get().extracting(RecalcTask::jql)
                .isEqualTo("project = SD AND created >= -30d");
    }

    @Test
    void a_project_is_recalculated_by_its_key() {
        jira.jql("project = \"SD\"");

        Answer answer = jira.call("POST", "/sla/recalculations", "{\"project\": \"SD\"}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("jql").asText()).isEqualTo("project = \"SD\"");
    }

    @Test
    void a_query_jira_does_not_accept_is_refused_with_jiras_reasons() {
        jira.jql("projekt = SD", "Field 'projekt' does not exist or you do not have permission to view it.");

        Answer answer = jira.call("POST", "/sla/recalculations", "{\"jql\": \"projekt = SD\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).isEqualTo("The JQL query is not valid.");
        assertThat(answer.json().path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("path").asText()).isEqualTo("jql");
            assertThat(p.path("message").asText())
                    .isEqualTo("Field 'projekt' does not exist or you do not have permission to view it.");
        });
        assertThat(jira.tasks.latest(10)).isEmpty();
    }

    @Test
    void either_a_query_or_a_project_must_be_given_not_both() {
        Answer neither = jira.call("POST", "/sla/recalculations", "{}");
        Answer both = jira.call("POST", "/sla/recalculations", "{\"jql\": \"x\", \"project\": \"SD\"}");

        assertThat(neither.status()).isEqualTo(400);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().path("error").asText())
                .isEqualTo("Give either a JQL query (\"jql\") or a project key (\"project\").");
    }

    @Test
    void an_unknown_project_is_answered_with_404() {
        Answer answer = jira.call("POST", "/sla/recalculations", "{\"project\": \"NOPE\"}");

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void nothing_can_be_recalculated_before_a_configuration_is_saved() {
        jira.close();
        database.activeObjects().deleteWithSQL(io.singlepoint.jira.sla.ao.SlaConfigEntity.class, "VERSION > ?", 0);
        jira = new RestFixture(database.activeObjects());
        jira.jql("project = SD");

        Answer answer = jira.call("POST", "/sla/recalculations", "{\"jql\": \"project = SD\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("error").asText()).isEqualTo("No SLA configuration has been saved yet.");
    }

    @Test
    void progress_is_readable_per_task_and_for_the_latest_newest_first() {
        RecalcTask first = jira.tasks.create("project = SD", 1, "JIRAUSER10000", Instant.parse("2026-03-02T10:00:00Z"));
        RecalcTask second = jira.tasks.create("project = HR", 1, "JIRAUSER10001", Instant.parse("2026-03-02T11:00:00Z"));
        jira.tasks.started(first.id(), 200);
        jira.tasks.progress(first.id(), 50);
        jira.tasks.started(second.id(), 10);
        jira.tasks.finished(second.id(), RecalcTask.Status.FAILED, "search failed", Instant.parse("2026-03-02T11:01:00Z"));

        JsonNode one = jira.get("/sla/recalculations/" + first.id()).json();
        JsonNode latest = jira.get("/sla/recalculations").json().path("recalculations");

        assertThat(one.path("status").asText()).isEqualTo("RUNNING");
        assertThat(one.path("total").asInt()).isEqualTo(200);
        assertThat(one.path("done").asInt()).isEqualTo(50);
        assertThat(one.path("finishedAt").isNull()).isTrue();
        assertThat(latest).extracting(t -> t.path("id").asInt()).containsExactly(second.id(), first.id());
        assertThat(latest.get(0).path("status").asText()).isEqualTo("FAILED");
        assertThat(latest.get(0).path("finished").asBoolean()).isTrue();
        assertThat(latest.get(0).path("message").asText()).isEqualTo("search failed");
        assertThat(latest.get(0).path("finishedAt").asText()).isEqualTo("2026-03-02T11:01:00Z");
    }

    @Test
    void an_unknown_task_is_answered_with_404() {
        assertThat(jira.get("/sla/recalculations/99").status()).isEqualTo(404);
        assertThat(jira.get("/sla/recalculations/abc").json().path("error").asText())
                .isEqualTo("There is no recalculation \"abc\".");
    }
}
