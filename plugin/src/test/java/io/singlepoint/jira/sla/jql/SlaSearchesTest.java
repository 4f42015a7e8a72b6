package io.singlepoint.jira.sla.jql;

import static io.singlepoint.jira.testing.FourSlas.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.singlepoint.core.sla.DurationText;
import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaConfigJson;
import io.singlepoint.core.sla.SlaEngine;
import io.singlepoint.core.sla.StatusChange;
import io.singlepoint.jira.sla.CurrentSlaConfig;
import io.singlepoint.jira.sla.ao.SlaConfigEntity;
import io.singlepoint.jira.sla.ao.SlaReplyEntity;
import io.singlepoint.jira.sla.ao.SlaStateEntity;
import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.jira.sla.store.SlaReplyStore;
import io.singlepoint.jira.sla.store.SlaStateStore;
import io.singlepoint.jira.testing.BundleI18nHelper;
import io.singlepoint.jira.testing.FourSlas;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlaSearchesTest {

    private static final BundleI18nHelper ENGLISH = new BundleI18nHelper(Locale.ENGLISH);
    private static final BundleI18nHelper GERMAN = new BundleI18nHelper(Locale.GERMAN);

    @RegisterExtension
    final ActiveObjectsDatabase database =
            ActiveObjectsDatabase.of(SlaConfigEntity.class, SlaStateEntity.class, SlaReplyEntity.class);

    private SlaConfigStore configs() {
        return new SlaConfigStore(database.activeObjects());
    }

    private SlaStateStore states() {
        return new SlaStateStore(database.activeObjects());
    }

    private SlaReplyStore replies() {
        return new SlaReplyStore(database.activeObjects());
    }

    private SlaSearches searchesAt(Instant now) {
        return new SlaSearches(new CurrentSlaConfig(configs()), states(), replies(), Clock.fixed(now, ZoneOffset.UTC));
    }

    /**
     * Version 1 and the current version 2 of the four SLAs, with the job's results as of NOW: under version 2,
     * SD-1 waits on the customer (tth breached since 10:00 UTC), SD-2 was created at 11:00 UTC (tth breaches at
     * 13:00 UTC, ttr at 11:00 UTC the next working day), SD-3 was resolved at 09:00 UTC. Under version 1 only, SD-4
     * (tth breached) and SD-2 paused.
     */
    private void storeTheJobsResults() {
        configs().save(FourSlas.CONFIG, "admin", "first", NOW.minus(Duration.ofDays(30)));
        configs().save(FourSlas.config("Time to handle, stricter"), "admin", "second", NOW.minus(Duration.ofDays(1)));
        SlaConfig config = SlaConfigJson.read(FourSlas.CONFIG);
        store(config, 2, 1, FourSlas.waitingIssue("SD-1"));
        store(config, 2, 2, IssueTimeline.of("SD-2", Instant.parse("2026-03-02T11:00:00Z"), "Open", List.of()));
        store(config, 2, 3, IssueTimeline.of("SD-3", FourSlas.CREATED, "Open",
                List.of(new StatusChange(Instant.parse("2026-03-02T09:00:00Z"), "Open", "Resolved"))));
        store(config, 1, 4, IssueTimeline.of("SD-4", Instant.parse("2026-03-02T06:00:00Z"), "Open", List.of()));
        store(config, 1, 2, FourSlas.waitingIssue("SD-2"));
    }

    private void store(SlaConfig config, int version, long issueId, IssueTimeline issue) {
        states().replace(issueId, version, SlaEngine.evaluate(config, issue, NOW), NOW);
    }

    @Nested
    class Finding {

        @Test
        void sla_breached_finds_the_issues_breached_now_under_the_current_version_only() {
            storeTheJobsResults();

            assertThat(searchesAt(NOW).issues(SlaFunction.BREACHED, List.of("tth"))).containsExactly(1L);
            assertThat(searchesAt(NOW).issues(SlaFunction.BREACHED, List.of("ttr"))).isEmpty();
        }

        @Test
        void a_running_clock_counts_as_breached_once_its_stored_breach_instant_has_passed() {
            storeTheJobsResults();

            assertThat(searchesAt(Instant.parse("2026-03-02T13:00:00Z")).issues(SlaFunction.BREACHED, List.of("tth")))
                    .containsExactly(1L);
            assertThat(searchesAt(Instant.parse("2026-03-02T13:00:01Z")).issues(SlaFunction.BREACHED, List.of("tth")))
                    .containsExactly(1L, 2L);
        }

        @Test
        void sla_paused_finds_the_issues_waiting_on_the_user() {
            storeTheJobsResults();

            assertThat(searchesAt(NOW).issues(SlaFunction.PAUSED, List.of("ttr"))).containsExactly(1L);
            assertThat(searchesAt(NOW).issues(SlaFunction.PAUSED, List.of("tth"))).isEmpty();
        }

        @Test
        void sla_running_finds_the_running_clocks_breached_or_not() {
            storeTheJobsResults();

            assertThat(searchesAt(NOW).issues(SlaFunction.RUNNING, List.of("ttr"))).containsExactly(2L);
            assertThat(searchesAt(NOW).issues(SlaFunction.RUNNING, List.of("tth"))).containsExactly(1L, 2L);
            // SD-3 was resolved without being taken into progress: its first response still runs.
            assertThat(searchesAt(NOW).issues(SlaFunction.RUNNING, List.of("ttfr"))).containsExactly(2L, 3L);
        }

        @Test
        void sla_due_within_finds_the_running_clocks_that_breach_within_the_window_of_real_time() {
            storeTheJobsResults();
            SlaSearches searches = searchesAt(NOW);

            assertThat(searches.issues(SlaFunction.DUE_WITHIN, List.of("tth", "30m"))).isEmpty();
            assertThat(searches.issues(SlaFunction.DUE_WITHIN, List.of("tth", "1h"))).containsExactly(2L);
            assertThat(searches.issues(SlaFunction.DUE_WITHIN, List.of("tth", "PT4H"))).containsExactly(2L);
            assertThat(searches.issues(SlaFunction.DUE_WITHIN, List.of("ttr", "22h59m"))).isEmpty();
            assertThat(searches.issues(SlaFunction.DUE_WITHIN, List.of("ttr", "1d"))).containsExactly(2L);
        }

        @Test
        void sla_waiting_on_agent_finds_the_flagged_issues_but_not_those_a_transition_hands_back() {
            replies().record(1, 10, "Waiting for customer", null, "ann", NOW);
            replies().record(1, 12, "Waiting for customer", null, "ann", NOW);
            replies().record(2, 11, "Waiting for customer", 31, "bob", NOW);

            assertThat(searchesAt(NOW).issues(SlaFunction.WAITING_ON_AGENT, List.of())).containsExactly(1L);
        }

        @Test
        void nothing_is_found_without_a_configuration_or_for_an_unknown_sla_or_a_bad_duration() {
            assertThat(searchesAt(NOW).issues(SlaFunction.BREACHED, List.of("ttr"))).isEmpty();
            storeTheJobsResults();

            assertThat(searchesAt(NOW).issues(SlaFunction.BREACHED, List.of("nope"))).isEmpty();
            assertThat(searchesAt(NOW).issues(SlaFunction.DUE_WITHIN, List.of("tth", "soon"))).isEmpty();
            assertThat(searchesAt(NOW).issues(SlaFunction.BREACHED, List.of())).isEmpty();
        }
    }

    @Nested
    class Validating {

        @Test
        void a_call_that_can_be_answered_has_no_problem() {
            configs().save(FourSlas.CONFIG, "admin", "", NOW);

            assertThat(searchesAt(NOW).problems(SlaFunction.DUE_WITHIN, "slaDueWithin", List.of("ttr", "4h"), ENGLISH))
                    .isEmpty();
            assertThat(searchesAt(NOW).problems(SlaFunction.WAITING_ON_AGENT, "slaWaitingOnAgent", List.of(), ENGLISH))
                    .isEmpty();
        }

        @Test
        void a_wrong_number_of_arguments_says_how_the_function_is_written() {
            configs().save(FourSlas.CONFIG, "admin", "", NOW);
            SlaSearches searches = searchesAt(NOW);

            assertThat(searches.problems(SlaFunction.BREACHED, "slaBreached", List.of(), ENGLISH)).containsExactly(
                    "The function slaBreached takes one argument but was given 0."
                            + " Write it as slaBreached(\"ttr\") with the id of an SLA.");
            assertThat(searches.problems(SlaFunction.DUE_WITHIN, "slaDueWithin", List.of("ttr"), ENGLISH))
                    .containsExactly("The function slaDueWithin takes 2 arguments but was given 1. Write it as"
                            + " slaDueWithin(\"ttr\", \"4h\") with the id of an SLA and a duration.");
            assertThat(searches.problems(SlaFunction.WAITING_ON_AGENT, "slaWaitingOnAgent", List.of("ttr"), ENGLISH))
                    .containsExactly("The function slaWaitingOnAgent takes no arguments but was given 1."
                            + " Write it as slaWaitingOnAgent(), without arguments.");
            assertThat(searches.problems(SlaFunction.PAUSED, "slaPaused", List.of("a", "b"), GERMAN)).containsExactly(
                    "Die Funktion slaPaused erwartet ein Argument, erhielt aber 2."
                            + " Schreiben Sie slaPaused(\"ttr\") mit der ID eines SLA.");
        }

        @Test
        void without_a_saved_configuration_the_function_says_so_instead_of_failing() {
            assertThat(searchesAt(NOW).problems(SlaFunction.RUNNING, "slaRunning", List.of("ttr"), ENGLISH))
                    .containsExactly("The function slaRunning cannot search yet: no SLA configuration has been saved."
                            + " A Jira administrator saves one under Administration \u2192 Manage apps \u2192"
                            + " SinglePoint \u2192 SLAs (/plugins/servlet/singlepoint/slas).");
        }

        @Test
        void an_unknown_sla_is_named_with_the_known_ones() {
            configs().save(FourSlas.CONFIG, "admin", "", NOW);

            assertThat(searchesAt(NOW).problems(SlaFunction.BREACHED, "slaBreached", List.of("TTR"), ENGLISH))
                    .containsExactly("The function slaBreached knows no SLA \"TTR\"."
                            + " The SLAs are: ttfr, ttr, tth, tip.");
            assertThat(searchesAt(NOW).problems(SlaFunction.BREACHED, "slaBreached", List.of("TTR"), GERMAN))
                    .containsExactly("Die Funktion slaBreached kennt kein SLA \u201eTTR\u201c."
                            + " Die SLAs sind: ttfr, ttr, tth, tip.");
        }

        @Test
        void a_configuration_without_slas_says_that_it_defines_none() {
            configs().save("{\"slas\": []}", "admin", "", NOW);

            assertThat(searchesAt(NOW).problems(SlaFunction.PAUSED, "slaPaused", List.of("ttr"), ENGLISH))
                    .containsExactly("The function slaPaused knows no SLA \"ttr\":"
                            + " the SLA configuration defines none.");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"soon", "4 hours", "0h", "-PT1H", "", "4x"})
        void a_duration_that_core_refuses_is_reported_with_the_forms_it_accepts(String window) {
            configs().save(FourSlas.CONFIG, "admin", "", NOW);

            assertThat(searchesAt(NOW).problems(SlaFunction.DUE_WITHIN, "slaDueWithin", List.of("ttr", window),
                    ENGLISH)).containsExactly("The function slaDueWithin cannot read \"" + window + "\" as a duration."
                    + " Write a positive duration such as 30m, 4h, 1h30m, 2d, 1w or PT4H (a day is 24 hours).");
        }

        @Test
        void every_problem_of_a_call_is_reported_at_once() {
            configs().save(FourSlas.CONFIG, "admin", "", NOW);

            assertThat(searchesAt(NOW).problems(SlaFunction.DUE_WITHIN, "slaDueWithin", List.of("nope", "soon"),
                    ENGLISH)).hasSize(2);
        }

        @Test
        void the_forms_the_duration_message_offers_are_all_accepted_by_core() {
            for (BundleI18nHelper i18n : List.of(ENGLISH, GERMAN)) {
                String message = i18n.getText("singlepoint.sla.jql.error.duration", new Object[] {"f", "x"});
                Matcher forms = Pattern.compile("\\b(P?T?\\d\\w*)").matcher(message.substring(message.indexOf("30m")));
                int offered = 0;
                while (forms.find()) {
                    String form = forms.group(1);
                    if (!form.equals("24")) {
                        assertThat(DurationText.parse(form)).as(form).isPositive();
                        offered++;
                    }
                }
                assertThat(offered).isEqualTo(6);
            }
        }
    }
}
