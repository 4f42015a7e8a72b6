package io.singlepoint.jira.rasci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.RasciRebuild.State;
import io.singlepoint.jira.rasci.RasciRebuild.Status;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;
import io.singlepoint.jira.rasci.ao.RasciRebuildEntity;
import io.singlepoint.jira.testing.TestClock;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import net.java.ao.DBParam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedConstruction;

/**
 * The rebuild on a real search table (H2): 250 issues, every other one with a value, paged as Jira's search would.
 * Jira's scheduler, search and fields are Mockito stand-ins; the pager is noted at construction (its stand-in throws).
 * A node that dies mid-run is an {@link Error} thrown between two pages: the run stops where it is, as a killed JVM
 * would, and its row stays "running" with its last heartbeat.
 */
class RasciRebuildTest {

    private static final int ISSUES = 250;
    private static final String FIELD = "customfield_10100";

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciMemberEntity.class, RasciRebuildEntity.class);

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final SearchService search = mock(SearchService.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final RasciWorld world = new RasciWorld();
    private final ApplicationUser admin = world.user(RasciWorld.ANN);
    private final CustomField field = mock(CustomField.class);
    private final List<Issue> issues = new ArrayList<>();
    private final List<List<Integer>> pages = new ArrayList<>();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T09:00:00Z"));
    private RasciMemberships memberships;
    private SchedulerStandIns standIns;

    @org.junit.jupiter.api.BeforeEach
    void scheduler() {
        standIns = new SchedulerStandIns();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        standIns.close();
    }

    private static RasciAssignment annAccountable() {
        return RasciAssignment.of(Map.of(RasciRole.ACCOUNTABLE, List.of(Participant.user(RasciWorld.ANN)),
                RasciRole.RESPONSIBLE, List.of(Participant.group("network-team"))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RasciRebuild rebuild(boolean fieldHasSearcher) throws Exception {
        memberships = new RasciMemberships(database.activeObjects());
        when(field.getId()).thenReturn(FIELD);
        when(field.getCustomFieldType()).thenReturn(mock(RasciFieldType.class));
        CustomField other = mock(CustomField.class);
        when(fields.getCustomFieldObjects()).thenReturn(List.of(other, field));
        for (long id = 1; id <= ISSUES; id++) {
            Issue issue = mock(Issue.class);
            when(issue.getId()).thenReturn(id);
            when(field.getValue(issue)).thenReturn(id % 2 == 0 ? annAccountable() : null);
            issues.add(issue);
        }
        Query query = mock(Query.class);
        ParseResult withValue = parsed(fieldHasSearcher, query);
        ParseResult every = parsed(true, query);
        when(search.parseQuery(admin, "cf[10100] is not EMPTY ORDER BY key")).thenReturn(withValue);
        when(search.parseQuery(admin, "ORDER BY key")).thenReturn(every);
        when(search.search(eq(admin), eq(query), any(PagerFilter.class))).thenAnswer(call -> {
            List<Integer> page = pages.get(pages.size() - 1);
            SearchResults results = mock(SearchResults.class);
            when(results.getTotal()).thenReturn(ISSUES);
            when(results.getResults()).thenReturn(
                    issues.subList(Math.min(page.get(0), ISSUES), Math.min(page.get(0) + page.get(1), ISSUES)));
            return results;
        });
        return new RasciRebuild(database.activeObjects(), scheduler, search, fields, world.users, memberships, clock);
    }

    private static ParseResult parsed(boolean valid, Query query) {
        ParseResult parsed = mock(ParseResult.class);
        when(parsed.isValid()).thenReturn(valid);
        when(parsed.getQuery()).thenReturn(query);
        MessageSet errors = mock(MessageSet.class);
        when(errors.getErrorMessages()).thenReturn(valid ? Set.of() : Set.of("not searchable"));
        when(parsed.getErrors()).thenReturn(errors);
        return parsed;
    }

    private State run(RasciRebuild rebuild) {
        return run(rebuild, () -> false);
    }

    @SuppressWarnings({"rawtypes", "try"})
    private State run(RasciRebuild rebuild, BooleanSupplier cancelled) {
        try (MockedConstruction<PagerFilter> filters = mockConstruction(PagerFilter.class,
                (filter, context) -> pages.add(List.of((Integer) context.arguments().get(0),
                        (Integer) context.arguments().get(1))))) {
            return rebuild.run(cancelled);
        }
    }

    /** The node stops, as a killed JVM would: no catch, no finish. */
    private static final class NodeDied extends Error {
        NodeDied() {
            super("node stopped");
        }
    }

    /** Starts a rebuild and lets its node die after the first page of 100 issues, one minute in. */
    private void startAndDieAfterOnePage(RasciRebuild rebuild) throws Exception {
        assertThat(rebuild.start(admin)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> run(rebuild, () -> {
            if (pages.size() == 2) { // the count, then one page
                throw new NodeDied();
            }
            return false;
        })).isInstanceOf(NodeDied.class);
        assertThat(rebuild.state()).contains(new State(Status.RUNNING, 100, ISSUES, ""));
        pages.clear();
    }

    @Test
    void a_rebuild_rewrites_every_issues_rows_page_by_page_and_again_gives_the_same_rows() throws Exception {
        RasciRebuild rebuild = rebuild(false);
        memberships.replace(1L, FIELD, annAccountable()); // stale: issue 1 has no value any more

        assertThat(rebuild.start(admin)).isTrue();
        assertThat(rebuild.state()).contains(new State(Status.QUEUED, 0, 0, ""));
        State first = run(rebuild);

        assertThat(first).isEqualTo(new State(Status.DONE, ISSUES, ISSUES, ""));
        assertThat(pages).containsExactly(List.of(0, 1), List.of(0, 100), List.of(100, 100), List.of(200, 100));
        assertThat(memberships.count(1L)).isZero();
        assertThat(memberships.count(2L)).isEqualTo(2);
        assertThat(memberships.issues(RasciRole.ACCOUNTABLE, Participant.user(RasciWorld.ANN))).hasSize(ISSUES / 2);
        verify(scheduler).scheduleJob(standIns.id, standIns.config);
        verify(standIns.config).withRunMode(com.atlassian.scheduler.config.RunMode.RUN_ONCE_PER_CLUSTER);
        verify(standIns.config).withSchedule(standIns.once);

        assertThat(rebuild.start(admin)).isTrue();
        assertThat(run(rebuild).status()).isEqualTo(Status.DONE);
        assertThat(memberships.issues(RasciRole.ACCOUNTABLE, Participant.user(RasciWorld.ANN))).hasSize(ISSUES / 2);
        assertThat(database.activeObjects().count(RasciMemberEntity.class)).isEqualTo(ISSUES);
    }

    @Test
    void a_queued_or_running_rebuild_is_not_started_twice_and_a_run_without_one_does_nothing() throws Exception {
        RasciRebuild rebuild = rebuild(true);

        assertThat(run(rebuild).status()).isEqualTo(Status.DONE);
        assertThat(pages).isEmpty();
        assertThat(rebuild.start(admin)).isTrue();
        assertThat(rebuild.start(admin)).isFalse();
    }

    @Test
    void a_cancelled_rebuild_says_how_far_it_came() throws Exception {
        RasciRebuild rebuild = rebuild(true);
        rebuild.start(admin);

        State state;
        try (MockedConstruction<PagerFilter> filters = mockConstruction(PagerFilter.class,
                (filter, context) -> pages.add(List.of((Integer) context.arguments().get(0),
                        (Integer) context.arguments().get(1))))) {
            state = rebuild.run(() -> pages.size() > 2); // the count, then two pages
        }

        assertThat(state).isEqualTo(new State(Status.CANCELLED, 200, ISSUES, ""));
    }

    @Test
    void a_rebuild_without_a_heartbeat_for_longer_than_the_lease_is_interrupted_and_may_start_again() throws Exception {
        RasciRebuild rebuild = rebuild(true);
        startAndDieAfterOnePage(rebuild);

        clock.advance(RasciRebuild.LEASE); // the last heartbeat is exactly one lease old: still running
        assertThat(rebuild.state()).contains(new State(Status.RUNNING, 100, ISSUES, ""));
        assertThat(rebuild.start(admin)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(rebuild.state()).contains(new State(Status.INTERRUPTED, 100, ISSUES, ""));

        assertThat(rebuild.start(admin)).isTrue();
        assertThat(rebuild.state()).contains(new State(Status.QUEUED, 0, 0, ""));
        assertThat(run(rebuild)).isEqualTo(new State(Status.DONE, ISSUES, ISSUES, ""));
        assertThat(database.activeObjects().count(RasciMemberEntity.class)).isEqualTo(ISSUES);
    }

    @Test
    void a_fresh_heartbeat_refuses_a_second_start_and_a_second_run() throws Exception {
        RasciRebuild rebuild = rebuild(true);
        startAndDieAfterOnePage(rebuild);
        clock.advance(Duration.ofMinutes(9));

        assertThat(rebuild.start(admin)).isFalse();
        assertThat(run(rebuild)).isEqualTo(new State(Status.RUNNING, 100, ISSUES, ""));
        assertThat(pages).isEmpty();
    }

    @Test
    void a_job_that_finds_its_rebuild_interrupted_starts_it_again_from_the_first_page() throws Exception {
        RasciRebuild rebuild = rebuild(true);
        startAndDieAfterOnePage(rebuild);
        clock.advance(Duration.ofMinutes(11));

        assertThat(run(rebuild)).isEqualTo(new State(Status.DONE, ISSUES, ISSUES, ""));
        assertThat(pages).containsExactly(List.of(0, 1), List.of(0, 100), List.of(100, 100), List.of(200, 100));
        assertThat(memberships.issues(RasciRole.ACCOUNTABLE, Participant.user(RasciWorld.ANN))).hasSize(ISSUES / 2);
    }

    @Test
    void a_run_that_was_only_slow_stops_without_writing_once_a_new_rebuild_replaced_it() throws Exception {
        RasciRebuild rebuild = rebuild(true);
        rebuild.start(admin);

        State slow = run(rebuild, () -> {
            if (pages.size() == 2) { // after the count and one page, the node stalls; an administrator starts again
                clock.advance(Duration.ofMinutes(11));
                try {
                    assertThat(rebuild.start(admin)).isTrue();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            return false;
        });

        assertThat(slow).isEqualTo(new State(Status.QUEUED, 0, 0, ""));
        assertThat(pages).hasSize(2);
        assertThat(run(rebuild)).isEqualTo(new State(Status.DONE, ISSUES, ISSUES, ""));
        assertThat(database.activeObjects().count(RasciMemberEntity.class)).isEqualTo(ISSUES);
        assertThat(database.activeObjects().count(RasciRebuildEntity.class)).isEqualTo(1);
    }

    @Test
    void a_running_row_from_before_heartbeats_counts_as_interrupted() throws Exception {
        RasciRebuild rebuild = rebuild(true);
        database.activeObjects().create(RasciRebuildEntity.class, new DBParam("STATUS", Status.RUNNING.name()),
                new DBParam("DONE", 300), new DBParam("TOTAL", 900), new DBParam("AUTHOR_KEY", RasciWorld.ANN),
                new DBParam("MESSAGE", ""));

        assertThat(rebuild.state()).contains(new State(Status.INTERRUPTED, 300, 900, ""));
        assertThat(rebuild.start(admin)).isTrue();
    }

    @Test
    void a_rebuild_the_scheduler_refuses_leaves_no_row_behind() throws Exception {
        RasciRebuild rebuild = rebuild(true);
        doThrow(new SchedulerServiceException("scheduler stopped"))
                .when(scheduler).scheduleJob(standIns.id, standIns.config);

        assertThatThrownBy(() -> rebuild.start(admin)).hasMessage("scheduler stopped");
        assertThat(rebuild.state()).isEmpty();
    }
}
