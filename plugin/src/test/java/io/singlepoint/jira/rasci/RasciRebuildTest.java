package io.singlepoint.jira.rasci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.RasciRebuild.State;
import io.singlepoint.jira.rasci.RasciRebuild.Status;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;
import io.singlepoint.jira.rasci.ao.RasciRebuildEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedConstruction;

/**
 * The rebuild on a real search table (H2): 250 issues, every other one with a value, paged as Jira's search would.
 * Jira's scheduler, search and fields are Mockito stand-ins; the pager is noted at construction (its stand-in throws).
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
        return new RasciRebuild(database.activeObjects(), scheduler, search, fields, world.users, memberships);
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

    @SuppressWarnings({"rawtypes", "try"})
    private State run(RasciRebuild rebuild) {
        try (MockedConstruction<PagerFilter> filters = mockConstruction(PagerFilter.class,
                (filter, context) -> pages.add(List.of((Integer) context.arguments().get(0),
                        (Integer) context.arguments().get(1))))) {
            return rebuild.run(() -> false);
        }
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
}
