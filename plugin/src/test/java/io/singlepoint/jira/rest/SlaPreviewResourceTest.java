package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.JsonNode;

import io.singlepoint.jira.rest.RestFixture.Answer;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview replays real issue histories through the real engine, as of {@link RestFixture#NOW}. */
class SlaPreviewResourceTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = RestFixture.database();

    private RestFixture jira;
    private Project serviceDesk;

    @BeforeEach
    void four_issues_resolved_after_one_three_five_and_five_hours() {
        jira = new RestFixture(database.activeObjects());
        serviceDesk = jira.project(10000, "SD", "Service Desk");
        jira.project(10100, "HR", "Human Resources");
        // Under 4 hours: SD-1 met, SD-2 met, SD-3 breached, SD-4 breached.
        // Under 2 hours but 24 for High: SD-1 breached, SD-2 met, SD-3 breached, SD-4 (High) met.
        jira.issue(serviceDesk, 1, "SD-1", "VPN is down", "2026-03-02T09:00:00Z", "Medium",
                "2026-03-02T12:00:00Z Open -> Resolved");
        jira.issue(serviceDesk, 2, "SD-2", "Password reset", "2026-03-02T09:00:00Z", "Medium",
                "2026-03-02T09:30:00Z Open -> In Progress", "2026-03-02T10:00:00Z In Progress -> Resolved");
        jira.issue(serviceDesk, 3, "SD-3", "Printer <b>jammed</b>", "2026-03-02T09:00:00Z", "Low",
                "2026-03-02T14:00:00Z Open -> Resolved");
        jira.issue(serviceDesk, 4, "SD-4", "Mail server", "2026-03-02T09:00:00Z", "High",
                "2026-03-02T14:00:00Z Open -> Resolved");
    }

    private void four_hours_are_current() {
        jira.configs.save(Configs.FOUR_HOURS, "JIRAUSER10000", "", Instant.parse("2026-03-01T00:00:00Z"));
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void the_latest_issues_are_replayed_under_both_configurations_and_the_moves_are_counted_and_named() {
        four_hours_are_current();

        Answer answer = preview(Configs.TWO_HOURS_BUT_HIGH_A_DAY, "SD", "10");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode result = answer.json();
        assertThat(result.path("project").asText()).isEqualTo("SD");
        assertThat(result.path("issues").asInt()).isEqualTo(4);
        JsonNode ttr = result.path("changes").get(0);
        assertThat(ttr.path("sla").asText()).isEqualTo("ttr");
        assertThat(ttr.path("inCurrent").asBoolean()).isTrue();
        assertThat(ttr.path("inProposed").asBoolean()).isTrue();
        assertThat(ttr.path("metBefore").asInt()).isEqualTo(2);
        assertThat(ttr.path("breachedBefore").asInt()).isEqualTo(2);
        assertThat(ttr.path("metAfter").asInt()).isEqualTo(2);
        assertThat(ttr.path("breachedAfter").asInt()).isEqualTo(2);
        assertThat(ttr.path("metToBreached")).extracting(i -> i.path("key").asText() + " " + i.path("summary").asText())
                .containsExactly("SD-1 VPN is down");
        assertThat(ttr.path("breachedToMet")).extracting(i -> i.path("key").asText()).containsExactly("SD-4");
    }

    @Test
    void an_sla_only_the_proposal_has_is_counted_after_and_marked_new() {
        four_hours_are_current();

        JsonNode ttfr = preview(Configs.TWO_HOURS_BUT_HIGH_A_DAY, "SD", "10").json().path("changes").get(1);

        assertThat(ttfr.path("sla").asText()).isEqualTo("ttfr");
        assertThat(ttfr.path("inCurrent").asBoolean()).isFalse();
        assertThat(ttfr.path("metBefore").asInt()).isZero();
        // First response within an hour: SD-2 (30 min) met; SD-1, SD-3, SD-4 breached.
        assertThat(ttfr.path("metAfter").asInt()).isEqualTo(1);
        assertThat(ttfr.path("breachedAfter").asInt()).isEqualTo(3);
        assertThat(ttfr.path("metToBreached")).isEmpty();
    }

    @Test
    void without_a_saved_configuration_the_proposal_is_compared_with_no_slas() {
        JsonNode ttr = preview(Configs.FOUR_HOURS, "SD", "10").json().path("changes").get(0);

        assertThat(ttr.path("inCurrent").asBoolean()).isFalse();
        assertThat(ttr.path("metBefore").asInt()).isZero();
        assertThat(ttr.path("metAfter").asInt()).isEqualTo(2);
        assertThat(ttr.path("breachedAfter").asInt()).isEqualTo(2);
        assertThat(ttr.path("metToBreached")).isEmpty();
    }

    @Test
    void only_the_number_of_issues_asked_for_is_replayed_newest_first() {
        four_hours_are_current();

        Answer answer = preview(Configs.TWO_HOURS_BUT_HIGH_A_DAY, "SD", "2");

        assertThat(answer.json().path("issues").asInt()).isEqualTo(2);
        assertThat(jira.pageSizes).containsExactly(2);
        assertThat(answer.json().path("changes").get(0).path("breachedToMet")).extracting(i -> i.path("key").asText())
                .containsExactly("SD-4");
        assertThat(answer.json().path("changes").get(0).path("metToBreached")).isEmpty();
    }

    @Test
    void a_hundred_issues_are_replayed_unless_said_otherwise() {
        jira.call("POST", "/sla/config/preview", "{\"config\": " + jira.quote(Configs.FOUR_HOURS)
                + ", \"project\": \"SD\"}");

        assertThat(jira.pageSizes).containsExactly(100);
    }

    @ParameterizedTest(name = "{0} issues")
    @ValueSource(strings = {"0", "501", "-3", "2.5", "\"ten\""})
    void a_number_of_issues_outside_one_to_five_hundred_is_refused(String issues) {
        Answer answer = preview(Configs.FOUR_HOURS, "SD", issues);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText())
                .isEqualTo("The number of issues must be a whole number from 1 to 500.");
        assertThat(jira.pageSizes).isEmpty();
    }

    @Test
    void an_unknown_project_is_answered_with_its_key() {
        Answer answer = preview(Configs.FOUR_HOURS, "NOPE", "10");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText()).isEqualTo("There is no project \"NOPE\".");
    }

    @Test
    void an_invalid_proposal_is_refused_with_every_problem_before_anything_is_searched() {
        Answer answer = preview(Configs.BROKEN, "SD", "10");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("problems")).hasSize(3);
        assertThat(jira.pageSizes).isEmpty();
    }

    @Test
    void a_project_without_issues_previews_nothing() {
        Answer answer = preview(Configs.TWO_HOURS_BUT_HIGH_A_DAY, "HR", "10");

        assertThat(answer.json().path("issues").asInt()).isZero();
        assertThat(answer.json().path("changes").get(0).path("metBefore").asInt()).isZero();
    }

    private Answer preview(String config, String project, String issues) {
        return jira.call("POST", "/sla/config/preview", "{\"config\": " + jira.quote(config) + ", \"project\": "
                + jira.quote(project) + ", \"issues\": " + issues + "}");
    }

    @Test
    void a_search_jira_cannot_run_is_answered_with_its_reason() throws Exception {
        org.mockito.Mockito.when(jira.searchService.search(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
                .thenThrow(new com.atlassian.jira.issue.search.SearchException("index is being rebuilt"));

        Answer answer = preview(Configs.FOUR_HOURS, "SD", "10");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.json().path("error").asText())
                .isEqualTo("Jira could not search the issues: index is being rebuilt");
    }
}
