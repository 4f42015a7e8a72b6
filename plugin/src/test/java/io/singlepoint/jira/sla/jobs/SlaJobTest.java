package io.singlepoint.jira.sla.jobs;

import static io.singlepoint.jira.sla.SlaWorld.INFO_REQUESTED;
import static io.singlepoint.jira.testing.JiraIssues.moveTo;
import static io.singlepoint.jira.testing.JiraIssues.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.IssueService.IssueResult;
import com.atlassian.jira.bc.issue.IssueService.TransitionValidationResult;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import io.singlepoint.core.sla.ResumeOnReply.Participant;
import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.core.sla.SlaState;
import io.singlepoint.jira.sla.SlaComputer;
import io.singlepoint.jira.sla.SlaWorld;
import io.singlepoint.jira.sla.jobs.SlaJob.Summary;
import io.singlepoint.jira.sla.store.RecalcQueue.Pending;
import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.jira.sla.store.RecalcTask.Status;
import io.singlepoint.jira.sla.store.SlaTables;
import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

class SlaJobTest {

    private static final ApplicationUser ANN = user("ann");
    private static final ApplicationUser AGENT = user("agent");
    private static final ApplicationUser BOT = user("sd-bot");
    private static final ApplicationUser ADMIN = user("admin");

    @RegisterExtension
    final ActiveObjectsDatabase database = SlaTables.database();

    private SlaWorld world;
    private final IssueService issueService = mock(IssueService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final UserManager users = mock(UserManager.class);
    private final SearchService search = mock(SearchService.class);
    private SlaJob job;

    @BeforeEach
    void world() {
        world = new SlaWorld(database.activeObjects()).configured();
        SlaComputer computer = world.computer();
        job = new SlaJob(
                new ReplyTransitions(world.replyStore, world.projects, world.issueManager, issueService, authentication,
                        users),
                new QueueDrain(world.queue, computer),
                new RecalcTaskRunner(world.tasks, search, users, world.configs, computer,
                        new BundleI18nResolver(Locale.ENGLISH), world.clock),
                world.clock);
        when(users.getUserByKey("ann")).thenReturn(ANN);
        when(users.getUserByKey("sd-bot")).thenReturn(BOT);
        when(users.getUserByKey("admin")).thenReturn(ADMIN);
    }

    private Summary run() {
        return job.run(() -> false);
    }

    @Nested
    class TheQueue {

        @Test
        void an_issue_queued_many_times_is_computed_once_per_run_and_rows_queued_meanwhile_wait_for_the_next() {
            MutableIssue busy = world.issue(1, "Open", ANN);
            world.issue(2, "Open", ANN);
            for (long issue : new long[] {1, 1, 2, 1}) {
                world.queue.add(issue, SlaWorld.NOW);
            }
            // An agent edits SD-1 again while the job computes it: its event queues it once more.
            when(world.history.getChangeItemsForField(busy, "status"))
                    .thenAnswer(invocation -> {
                        world.queue.add(1, SlaWorld.NOW);
                        return List.of();
                    })
                    .thenReturn(List.of());

            assertThat(run().queued()).isEqualTo(2);

            verify(world.history, times(1)).getChangeItemsForField(busy, "status");
            assertThat(world.states.of(2, 1)).hasSize(1);
            assertThat(world.queue.next(10)).extracting(Pending::issueId).containsExactly(1L);

            assertThat(run().queued()).isEqualTo(1);
            assertThat(world.queue.size()).isZero();
        }

        @Test
        void a_deleted_issue_loses_its_results() {
            world.issue(3, "Open", ANN);
            world.queue.add(3, SlaWorld.NOW);
            run();
            assertThat(world.states.versions(3)).containsExactly(1);

            when(world.issueManager.getIssueObject(3L)).thenReturn(null);
            world.queue.add(3, SlaWorld.NOW);
            run();

            assertThat(world.states.versions(3)).isEmpty();
            assertThat(world.queue.size()).isZero();
        }

        @Test
        void a_run_the_scheduler_cancels_leaves_the_queue_as_it_was() {
            world.issue(4, "Open", ANN);
            world.queue.add(4, SlaWorld.NOW);

            assertThat(job.run(() -> true).queued()).isZero();

            assertThat(world.queue.size()).isEqualTo(1);
        }
    }

    @Nested
    class Replies {

        private final IssueInputParameters parameters = mock(IssueInputParameters.class);
        private final TransitionValidationResult validation = mock(TransitionValidationResult.class);
        private final IssueResult result = mock(IssueResult.class);

        @BeforeEach
        void jira() {
            when(issueService.newIssueInputParameters()).thenReturn(parameters);
            when(issueService.validateTransition(any(), anyLong(), anyInt(), eq(parameters))).thenReturn(validation);
            when(issueService.transition(any(), eq(validation))).thenReturn(result);
            when(result.isValid()).thenReturn(true);
            when(authentication.getLoggedInUser()).thenReturn(AGENT);
        }

        @Test
        void the_transition_runs_as_the_projects_user_who_is_logged_in_only_meanwhile() {
            world.handsBack(new Rules(Map.of(INFO_REQUESTED, 51), EnumSet.of(Participant.REPORTER), "sd-bot"));
            MutableIssue issue = world.issue(10, INFO_REQUESTED, ANN);
            world.replies().onComment(issue, ANN, 900);
            when(validation.isValid()).thenReturn(true);

            assertThat(run().replies()).isEqualTo(1);

            InOrder order = inOrder(authentication, issueService);
            order.verify(authentication).setLoggedInUser(BOT);
            order.verify(issueService).validateTransition(BOT, 10L, 51, parameters);
            order.verify(issueService).transition(BOT, validation);
            order.verify(authentication).setLoggedInUser(AGENT);
            assertThat(world.replyStore.transitionsToRun(10)).isEmpty();
            assertThat(world.replyStore.flag(10)).isEmpty();
        }

        @Test
        void without_a_run_as_user_the_transition_runs_as_the_one_who_replied() {
            world.handsBack(new Rules(Map.of(INFO_REQUESTED, 51), EnumSet.of(Participant.REPORTER)));
            MutableIssue issue = world.issue(11, INFO_REQUESTED, ANN);
            world.replies().onComment(issue, ANN, 901);
            when(validation.isValid()).thenReturn(true);

            run();

            verify(issueService).transition(ANN, validation);
        }

        @Test
        void a_transition_jira_refuses_becomes_a_flag_for_the_agent() {
            world.handsBack(new Rules(Map.of(INFO_REQUESTED, 51), EnumSet.of(Participant.REPORTER), "sd-bot"));
            MutableIssue issue = world.issue(12, INFO_REQUESTED, ANN);
            world.replies().onComment(issue, ANN, 902);
            ErrorCollection errors = mock(ErrorCollection.class);
            when(errors.getErrorMessages()).thenReturn(List.of("It seems that you have tried to perform a workflow"
                    + " operation (Respond) that is not valid for the current state of this issue."));
            when(validation.isValid()).thenReturn(false);
            when(validation.getErrorCollection()).thenReturn(errors);

            run();

            verify(issueService, never()).transition(any(), any());
            verify(authentication).setLoggedInUser(AGENT);
            assertThat(world.replyStore.transitionsToRun(10)).isEmpty();
            assertThat(world.replyStore.flag(12)).get().extracting(r -> r.commentId()).isEqualTo(902L);
        }

        @Test
        void a_run_as_user_jira_does_not_know_becomes_a_flag_too() {
            world.handsBack(new Rules(Map.of(INFO_REQUESTED, 51), EnumSet.of(Participant.REPORTER), "gone"));
            MutableIssue issue = world.issue(13, INFO_REQUESTED, ANN);
            world.replies().onComment(issue, ANN, 903);

            run();

            verify(issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
            assertThat(world.replyStore.flag(13)).isPresent();
        }

        @Test
        void a_reply_to_an_issue_an_agent_already_moved_is_served_without_a_transition() {
            world.handsBack(new Rules(Map.of(INFO_REQUESTED, 51), EnumSet.of(Participant.REPORTER)));
            MutableIssue issue = world.issue(14, INFO_REQUESTED, ANN);
            world.replies().onComment(issue, ANN, 904);
            moveTo(issue, "In Progress");

            run();

            verify(issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
            assertThat(world.replyStore.transitionsToRun(10)).isEmpty();
            assertThat(world.replyStore.flag(14)).isEmpty();
        }
    }

    @Nested
    class Recalculations {

        private static final int ISSUES = 250;
        private final Query query = mock(Query.class);
        private final ParseResult parsed = mock(ParseResult.class);
        /** The pages the job asked for, as (start, max). */
        private final List<List<Integer>> pages = new ArrayList<>();

        @BeforeEach
        void jira() throws Exception {
            when(search.parseQuery(ADMIN, "project = SD")).thenReturn(parsed);
            when(parsed.isValid()).thenReturn(true);
            when(parsed.getQuery()).thenReturn(query);
            List<Issue> issues = new ArrayList<>();
            for (long id = 1; id <= ISSUES; id++) {
                issues.add(world.issue(id, "Open", ANN));
            }
            Map<List<Integer>, SearchResults<Issue>> results = new HashMap<>();
            for (List<Integer> page : List.of(List.of(0, 1), List.of(0, 100), List.of(100, 100), List.of(200, 100))) {
                results.put(page, results(issues.subList(page.get(0), Math.min(ISSUES, page.get(0) + page.get(1)))));
            }
            // Each search takes four seconds: a run's budget of ten covers the count and two pages.
            when(search.search(eq(ADMIN), eq(query), any())).thenAnswer(invocation -> {
                world.clock.advance(Duration.ofSeconds(4));
                return results.get(pages.get(pages.size() - 1));
            });
        }

        private SearchResults<Issue> results(List<Issue> page) {
            @SuppressWarnings("unchecked")
            SearchResults<Issue> results = mock(SearchResults.class);
            when(results.getResults()).thenReturn(page);
            when(results.getTotal()).thenReturn(ISSUES);
            return results;
        }

        /** Runs the job, noting each page it constructs: the stand-in's constructor would throw. */
        @SuppressWarnings({"rawtypes", "try"})
        private Summary runPaging() {
            try (MockedConstruction<PagerFilter> filters = mockConstruction(PagerFilter.class,
                    (filter, context) -> pages.add(List.of((Integer) context.arguments().get(0),
                            (Integer) context.arguments().get(1))))) {
                return run();
            }
        }

        @Test
        void a_recalculation_spanning_two_runs_resumes_where_it_stopped_and_reports_its_progress() {
            RecalcTask task = world.tasks.create("project = SD", 1, "admin", SlaWorld.NOW);

            assertThat(runPaging().recalculated()).isEqualTo(200);

            assertThat(world.tasks.get(task.id())).get()
                    .extracting(RecalcTask::status, RecalcTask::total, RecalcTask::done)
                    .containsExactly(Status.RUNNING, 250, 200);
            assertThat(world.states.versions(200)).containsExactly(1);
            assertThat(world.states.versions(201)).isEmpty();

            assertThat(runPaging().recalculated()).isEqualTo(50);

            RecalcTask done = world.tasks.get(task.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(Status.DONE);
            assertThat(done.done()).isEqualTo(250);
            assertThat(done.finishedAt()).isEqualTo(world.clock.instant());
            assertThat(world.states.versions(250)).containsExactly(1);
            assertThat(pages).containsExactly(List.of(0, 1), List.of(0, 100), List.of(100, 100), List.of(200, 100));
        }

        @Test
        void a_recalculation_after_the_project_was_switched_off_forgets_its_issues_so_no_jql_function_finds_them() {
            world.tasks.create("project = SD", 1, "admin", SlaWorld.NOW);
            runPaging();
            runPaging();
            assertThat(world.states.inState("ttr", 1, SlaState.RUNNING)).hasSize(ISSUES);

            world.projects.setEnabled(SlaWorld.SERVICE_DESK, false);
            RecalcTask off = world.tasks.create("project = SD", 1, "admin", SlaWorld.NOW);
            runPaging();
            runPaging();

            assertThat(world.tasks.get(off.id())).get().extracting(RecalcTask::status).isEqualTo(Status.DONE);
            assertThat(world.states.inState("ttr", 1, SlaState.RUNNING)).isEmpty();
            assertThat(world.states.versions(1)).isEmpty();
            assertThat(world.states.versions(ISSUES)).isEmpty();
        }

        @Test
        void a_query_jira_refuses_fails_the_task_with_jiras_message() {
            when(parsed.isValid()).thenReturn(false);
            MessageSet errors = mock(MessageSet.class);
            when(errors.getErrorMessages()).thenReturn(Set.of("Field 'projekt' does not exist or you do not have"
                    + " permission to view it."));
            when(parsed.getErrors()).thenReturn(errors);
            RecalcTask task = world.tasks.create("project = SD", 1, "admin", SlaWorld.NOW);

            runPaging();

            RecalcTask failed = world.tasks.get(task.id()).orElseThrow();
            assertThat(failed.status()).isEqualTo(Status.FAILED);
            assertThat(failed.message()).isEqualTo("Jira does not accept the query: Field 'projekt' does not exist"
                    + " or you do not have permission to view it.");
            assertThat(pages).isEmpty();
        }

        @Test
        void a_task_whose_author_is_gone_fails_and_the_next_one_runs_in_the_next_run() {
            RecalcTask orphan = world.tasks.create("project = SD", 1, "left-the-company", SlaWorld.NOW);
            RecalcTask next = world.tasks.create("project = SD", 1, "admin", SlaWorld.NOW);

            runPaging();

            assertThat(world.tasks.get(orphan.id())).get().extracting(RecalcTask::status, RecalcTask::message)
                    .containsExactly(Status.FAILED, "The user who started this recalculation (key left-the-company)"
                            + " no longer exists. Start it again.");
            assertThat(world.tasks.oldestUnfinished()).get().extracting(RecalcTask::id).isEqualTo(next.id());
        }
    }

    @Nested
    class WhatTheSchedulerHears {

        private final JobRunnerRequest request = mock(JobRunnerRequest.class);
        private final JobRunnerResponse response = mock(JobRunnerResponse.class);

        @Test
        void a_run_answers_success_with_what_it_did() {
            world.issue(20, "Open", ANN);
            world.queue.add(20, SlaWorld.NOW);
            try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
                responses.when(() -> JobRunnerResponse.success(
                        "0 replies served, 1 queued issues computed, 0 issues recalculated")).thenReturn(response);

                assertThat(job.runJob(request)).isSameAs(response);
            }
        }

        @Test
        void a_failing_phase_is_reported_and_the_later_phases_still_run() {
            world.queue.add(21, SlaWorld.NOW);
            when(world.issueManager.getIssueObject(21L)).thenThrow(new IllegalStateException("database gone"));
            RecalcTask task = world.tasks.create("project = SD", 1, "left-the-company", SlaWorld.NOW);
            try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
                responses.when(() -> JobRunnerResponse.failed("0 replies served, 0 queued issues computed, 0 issues"
                        + " recalculated; failed: queue: java.lang.IllegalStateException: database gone"))
                        .thenReturn(response);

                assertThat(job.runJob(request)).isSameAs(response);
            }
            assertThat(world.tasks.get(task.id())).get().extracting(RecalcTask::status).isEqualTo(Status.FAILED);
            assertThat(world.queue.size()).isEqualTo(1);
        }
    }
}
