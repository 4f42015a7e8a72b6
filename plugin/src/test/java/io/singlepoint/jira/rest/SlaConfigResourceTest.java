package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.singlepoint.jira.rest.RestFixture.Answer;
import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaConfigResourceTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = RestFixture.database();

    private RestFixture jira;

    @BeforeEach
    void jira_with_an_administrator_signed_in() {
        jira = new RestFixture(database.activeObjects());
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Nested
    class Permissions {

        /** Every administration endpoint: method, path, body. */
        private static final List<String[]> ADMINISTRATION = List.of(
                new String[] {"GET", "/sla/config", null},
                new String[] {"GET", "/sla/config/versions", null},
                new String[] {"GET", "/sla/config/versions/1", null},
                new String[] {"POST", "/sla/config/validate", "{}"},
                new String[] {"PUT", "/sla/config", "{\"config\": " + Configs.FOUR_HOURS + "}"},
                new String[] {"POST", "/sla/config/preview", "{}"},
                new String[] {"GET", "/sla/recalculations", null},
                new String[] {"GET", "/sla/recalculations/1", null},
                new String[] {"POST", "/sla/recalculations", "{\"jql\": \"project = SD\"}"},
                new String[] {"GET", "/sla/projects", null},
                new String[] {"GET", "/sla/projects/SD", null},
                new String[] {"PUT", "/sla/projects/SD", "{\"enabled\": true}"});

        @Test
        void anonymous_callers_are_told_to_log_in_everywhere() {
            jira.signOut();

            for (String[] call : ADMINISTRATION) {
                Answer answer = jira.call(call[0], call[1], call[2]);

                assertThat(answer.status()).as(call[0] + " " + call[1]).isEqualTo(401);
                assertThat(answer.json().path("error").asText()).as(call[0] + " " + call[1])
                        .isEqualTo("Log in as a Jira administrator to administer SLAs.");
            }
        }

        @Test
        void users_who_are_not_administrators_are_refused_everywhere_and_change_nothing() {
            jira.project(10000, "SD", "Service Desk");
            jira.jql("project = SD");
            jira.signIn(jira.agent);

            for (String[] call : ADMINISTRATION) {
                Answer answer = jira.call(call[0], call[1], call[2]);

                assertThat(answer.status()).as(call[0] + " " + call[1]).isEqualTo(403);
                assertThat(answer.json().path("error").asText()).as(call[0] + " " + call[1])
                        .isEqualTo("Only Jira administrators can administer SLAs.");
            }
            assertThat(jira.configs.current()).isEmpty();
            assertThat(jira.tasks.latest(10)).isEmpty();
            assertThat(jira.projectSettings.isEnabled(10000)).isFalse();
            assertThat(jira.auditLines).isEmpty();
        }

        @Test
        void the_refusal_speaks_the_language_of_the_caller() {
            jira.close();
            jira = new RestFixture(database.activeObjects(), Locale.GERMAN);
            jira.signIn(jira.agent);

            assertThat(jira.get("/sla/config").json().path("error").asText())
                    .isEqualTo("Nur Jira-Administratoren k\u00f6nnen SLAs verwalten.");
        }
    }

    @Nested
    class Reading {

        @Test
        void before_the_first_save_there_is_no_configuration() {
            Answer answer = jira.get("/sla/config");

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().path("error").asText()).isEqualTo("No SLA configuration has been saved yet.");
            assertThat(jira.get("/sla/config/versions").json().path("versions")).isEmpty();
        }

        @Test
        void the_current_configuration_comes_with_its_version_author_time_and_note() {
            jira.configs.save("{\"slas\":[]}", "JIRAUSER10001", "first", Instant.parse("2026-03-01T08:00:00Z"));
            jira.configs.save(Configs.FOUR_HOURS, "JIRAUSER10000", "four hours", Instant.parse("2026-03-02T08:00:00Z"));

            Answer answer = jira.get("/sla/config");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.contentType()).startsWith("application/json");
            JsonNode current = answer.json();
            assertThat(current.path("version").asInt()).isEqualTo(2);
            assertThat(current.path("json").asText()).isEqualTo(Configs.FOUR_HOURS);
            assertThat(current.path("author").path("name").asText()).isEqualTo("Ann Admin");
            assertThat(current.path("author").path("key").asText()).isEqualTo("JIRAUSER10000");
            assertThat(current.path("savedAt").asText()).isEqualTo("2026-03-02T08:00:00Z");
            assertThat(current.path("note").asText()).isEqualTo("four hours");
        }

        @Test
        void the_history_lists_versions_newest_first_without_their_json_and_each_stays_readable() {
            jira.configs.save("{\"slas\":[]}", "JIRAUSER10001", "first", Instant.parse("2026-03-01T08:00:00Z"));
            jira.configs.save(Configs.FOUR_HOURS, "JIRAUSER10000", "", Instant.parse("2026-03-02T08:00:00Z"));

            JsonNode versions = jira.get("/sla/config/versions").json().path("versions");
            Answer first = jira.get("/sla/config/versions/1");

            assertThat(versions).extracting(v -> v.path("version").asInt()).containsExactly(2, 1);
            assertThat(versions.get(1).path("author").path("name").asText()).isEqualTo("Bob Agent");
            assertThat(versions.get(1).has("json")).isFalse();
            assertThat(first.json().path("json").asText()).isEqualTo("{\"slas\":[]}");
            assertThat(first.json().path("note").asText()).isEqualTo("first");
        }

        @Test
        void an_unknown_or_malformed_version_is_answered_with_why() {
            assertThat(jira.get("/sla/config/versions/7").status()).isEqualTo(404);
            assertThat(jira.get("/sla/config/versions/7").json().path("error").asText())
                    .isEqualTo("There is no SLA configuration version 7.");
            assertThat(jira.get("/sla/config/versions/seven").status()).isEqualTo(400);
            assertThat(jira.get("/sla/config/versions/seven").json().path("error").asText())
                    .isEqualTo("A version is a positive whole number, not \"seven\".");
        }

        @Test
        void an_author_jira_no_longer_knows_is_shown_by_key() {
            jira.configs.save("{\"slas\":[]}", "JIRAUSER99999", "", Instant.parse("2026-03-01T08:00:00Z"));

            assertThat(jira.get("/sla/config").json().path("author").path("name").asText()).isEqualTo("JIRAUSER99999");
        }
    }

    @Nested
    class Validating {

        @Test
        void a_valid_configuration_has_no_problems() {
            Answer answer = jira.call("POST", "/sla/config/validate", Configs.FOUR_HOURS);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("valid").asBoolean()).isTrue();
            assertThat(answer.json().path("problems")).isEmpty();
        }

        @Test
        void every_problem_is_answered_with_its_path_and_message() {
            Answer answer = jira.call("POST", "/sla/config/validate", Configs.BROKEN);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("valid").asBoolean()).isFalse();
            assertThat(answer.json().path("problems")).extracting(p -> p.path("path").asText() + ": "
                    + p.path("message").asText()).containsExactlyInAnyOrder(
                    "slas[0].pause.stauses: unknown property (expected statuses)",
                    "slas[0].goals[0].target: \"four hours\" is not an ISO-8601 duration such as \"PT4H\", \"P3D\""
                            + " or \"P1DT12H\"",
                    "slas[0].goals[0].calendar: unknown calendar \"berlin\" (known: 24x7)");
        }

        @Test
        void text_that_is_no_json_is_one_problem_of_the_whole_document() {
            Answer answer = jira.call("POST", "/sla/config/validate", "{\"slas\": [");

            assertThat(answer.json().path("valid").asBoolean()).isFalse();
            assertThat(answer.json().path("problems")).hasSize(1);
        }
    }

    @Nested
    class Saving {

        @Test
        void a_valid_configuration_becomes_the_next_version_and_its_issues_are_recalculated() {
            jira.projectSettings.setEnabled(10000, true);
            jira.projectSettings.setEnabled(10200, true);
            jira.projectSettings.setEnabled(10100, false);

            Answer answer = jira.call("PUT", "/sla/config",
                    "{\"config\": " + jira.quote(Configs.FOUR_HOURS) + ", \"note\": \"Four hours for everyone\"}");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("version").path("version").asInt()).isEqualTo(1);
            assertThat(jira.configs.current()).get().satisfies(saved -> {
                assertThat(saved.json()).isEqualTo(Configs.FOUR_HOURS);
                assertThat(saved.authorKey()).isEqualTo("JIRAUSER10000");
                assertThat(saved.note()).isEqualTo("Four hours for everyone");
                assertThat(saved.savedAt()).isEqualTo(RestFixture.NOW);
            });
            List<RecalcTask> queued = jira.tasks.latest(10);
            assertThat(queued).singleElement().satisfies(task -> {
                assertThat(task.jql()).isEqualTo("project in (10000, 10200)");
                assertThat(task.configVersion()).isEqualTo(1);
                assertThat(task.status()).isEqualTo(RecalcTask.Status.QUEUED);
                assertThat(task.authorKey()).isEqualTo("JIRAUSER10000");
            });
            assertThat(answer.json().path("recalculation").path("id").asInt()).isEqualTo(queued.get(0).id());
            assertThat(answer.json().path("recalculation").path("status").asText()).isEqualTo("QUEUED");
            assertThat(jira.auditLines).containsExactly("SLA admin sla.config.save by JIRAUSER10000:"
                    + " at=2026-03-03T09:00:00Z version=1 note=\"Four hours for everyone\" recalculation="
                    + queued.get(0).id());
        }

        @Test
        void the_configuration_may_also_be_sent_as_a_json_object() {
            Answer answer = jira.call("PUT", "/sla/config", "{\"config\": " + Configs.FOUR_HOURS + "}");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(jira.configs.current()).get().extracting(v -> v.note()).isEqualTo("");
        }

        @Test
        void without_enabled_projects_nothing_is_recalculated() {
            Answer answer = jira.call("PUT", "/sla/config", "{\"config\": " + jira.quote(Configs.FOUR_HOURS) + "}");

            assertThat(answer.json().path("recalculation").isNull()).isTrue();
            assertThat(jira.tasks.latest(10)).isEmpty();
        }

        @Test
        void an_invalid_configuration_is_refused_with_every_problem_and_nothing_is_saved() {
            jira.projectSettings.setEnabled(10000, true);

            Answer answer = jira.call("PUT", "/sla/config", "{\"config\": " + jira.quote(Configs.BROKEN) + "}");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("error").asText())
                    .isEqualTo("The SLA configuration is not valid; see its problems.");
            assertThat(answer.json().path("problems")).extracting(p -> p.path("path").asText())
                    .containsExactlyInAnyOrder("slas[0].pause.stauses", "slas[0].goals[0].target",
                            "slas[0].goals[0].calendar");
            assertThat(jira.configs.current()).isEmpty();
            assertThat(jira.tasks.latest(10)).isEmpty();
        }

        @Test
        void each_save_adds_a_version_and_the_earlier_stay() {
            jira.call("PUT", "/sla/config", "{\"config\": " + jira.quote("{\"slas\":[]}") + "}");
            jira.call("PUT", "/sla/config", "{\"config\": " + jira.quote(Configs.FOUR_HOURS) + "}");

            assertThat(jira.configs.history(10)).extracting(v -> v.number()).containsExactly(2, 1);
            assertThat(jira.configs.version(1)).get().extracting(v -> v.json()).isEqualTo("{\"slas\":[]}");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "{\"note\": \"no config\"}                  | The request has no configuration (\"config\").",
                "[1, 2]                                     | The request must be a JSON object.",
                "{\"config\": \"{}\", \"note\": 1          | The request is not valid JSON",
        })
        void a_request_that_is_not_a_save_is_refused_with_why(String body, String error) {
            Answer answer = jira.call("PUT", "/sla/config", body);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).startsWith(error);
        }

        @Test
        void a_note_longer_than_the_store_keeps_is_refused() {
            String note = "x".repeat(451);

            Answer answer = jira.call("PUT", "/sla/config",
                    "{\"config\": " + jira.quote(Configs.FOUR_HOURS) + ", \"note\": \"" + note + "\"}");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).isEqualTo("A note may have at most 450 characters.");
            assertThat(jira.configs.current()).isEmpty();
        }
    }
}
