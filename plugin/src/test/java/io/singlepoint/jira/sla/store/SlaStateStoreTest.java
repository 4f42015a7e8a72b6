package io.singlepoint.jira.sla.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.singlepoint.core.sla.BusinessCalendar;
import io.singlepoint.core.sla.Goal;
import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaDefinition;
import io.singlepoint.core.sla.SlaEngine;
import io.singlepoint.core.sla.SlaResult;
import io.singlepoint.core.sla.SlaState;
import io.singlepoint.core.sla.StatusChange;
import io.singlepoint.core.sla.StatusSet;
import io.singlepoint.core.sla.WorkingRange;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaStateStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = SlaTables.database();

    /** Time to resolution, 4h, on an office calendar (weekdays 09:00-17:00 UTC); first response on 24x7 without goal. */
    private static final SlaConfig CONFIG = new SlaConfig(Map.of("office", office()), List.of(
            new SlaDefinition("ttr", "Time to resolution", true, StatusSet.of("Reopened"),
                    StatusSet.of("Info Requested"), StatusSet.of("Resolved"),
                    List.of(new Goal(Map.of(), Duration.ofHours(4), office()))),
            new SlaDefinition("ttfr", "First response", true, StatusSet.NONE, StatusSet.NONE,
                    StatusSet.of("In Progress"), List.of())));

    @Test
    void an_issues_results_read_back_as_computed() {
        SlaStateStore store = new SlaStateStore(database.activeObjects());
        List<SlaResult> results = SlaEngine.evaluate(CONFIG, issue(1, "Info Requested", 1), T0.plus(Duration.ofHours(3)));

        store.replace(1, 1, results, T0.plus(Duration.ofHours(3)));

        assertThat(store.of(1, 1)).extracting(StoredSla::result).containsExactlyElementsOf(results);
        assertThat(store.of(1, 1)).allSatisfy(stored -> assertThat(stored.computedAt()).isEqualTo(T0.plus(Duration.ofHours(3))));
        assertThat(store.of(1, 2)).isEmpty();
    }

    @Test
    void computing_under_a_new_version_leaves_the_results_of_the_earlier_one_readable() {
        SlaStateStore store = new SlaStateStore(database.activeObjects());
        Instant now = T0.plus(Duration.ofHours(3));
        store.replace(7, 1, SlaEngine.evaluate(CONFIG, issue(7, "In Progress", 1), now), now);

        store.replace(7, 2, SlaEngine.evaluate(CONFIG, issue(7, "Resolved", 2), now), now);
        store.replace(7, 2, SlaEngine.evaluate(CONFIG, issue(7, "Resolved", 2), now), now);

        assertThat(store.versions(7)).containsExactly(1, 2);
        assertThat(store.of(7, 1)).extracting(s -> s.result().state()).containsExactly(SlaState.RUNNING, SlaState.COMPLETED);
        assertThat(store.of(7, 2)).hasSize(2).extracting(s -> s.result().state())
                .containsExactly(SlaState.COMPLETED, SlaState.RUNNING);

        store.forget(7);
        assertThat(store.versions(7)).isEmpty();
    }

    @Test
    void searches_answer_exactly_what_the_standings_say_at_every_moment() {
        SlaStateStore store = new SlaStateStore(database.activeObjects());
        Instant computedAt = T0.plus(Duration.ofHours(2));
        List<StoredSla> all = new ArrayList<>();
        String[] stories = {"Open", "Info Requested", "Resolved", "In Progress", "Closed"};
        for (int i = 0; i < 40; i++) {
            IssueTimeline issue = issue(i, stories[i % stories.length], i % 7);
            List<SlaResult> results = SlaEngine.evaluate(CONFIG, issue, computedAt);
            store.replace(i, 1, results, computedAt);
            results.forEach(result -> all.add(new StoredSla(issue.key().hashCode(), 1, result, computedAt)));
        }
        store.replace(99, 2, SlaEngine.evaluate(CONFIG, issue(99, "Open", 0), computedAt), computedAt);

        for (Duration later : List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(3), Duration.ofDays(2))) {
            Instant now = computedAt.plus(later);
            for (String sla : List.of("ttr", "ttfr")) {
                assertThat(store.breached(sla, 1, now)).as("breached %s at %s", sla, now)
                        .containsExactlyElementsOf(expected(all, sla, s -> s.standing().breachedAt(now)));
                assertThat(store.dueWithin(sla, 1, now, Duration.ofHours(2))).as("due %s at %s", sla, now)
                        .containsExactlyElementsOf(expected(all, sla, s -> s.standing().dueWithin(now, Duration.ofHours(2))));
            }
        }
        for (SlaState state : SlaState.values()) {
            assertThat(store.inState("ttr", 1, state)).as("%s", state)
                    .containsExactlyElementsOf(expected(all, "ttr", s -> s.result().state() == state));
        }
        assertThat(store.inState("ttr", 1, SlaState.PAUSED)).isNotEmpty();
        assertThat(store.breached("ttr", 1, computedAt.plus(Duration.ofDays(2)))).isNotEmpty();
        assertThat(store.inState("ttr", 2, SlaState.RUNNING)).containsExactly(99L);
    }

    private static List<Long> expected(List<StoredSla> all, String sla, java.util.function.Predicate<StoredSla> matches) {
        return all.stream().filter(s -> s.slaId().equals(sla)).filter(matches)
                .map(s -> Long.parseLong(s.result().issue().substring(3))).sorted().toList();
    }

    /** Issue SD-{n}, created {@code offsetHours} after T0 in Open, entering {@code status} an hour later. */
    private static IssueTimeline issue(long n, String status, int offsetHours) {
        Instant created = T0.minus(Duration.ofHours(offsetHours));
        return IssueTimeline.of("SD-" + n, created, "Open",
                List.of(new StatusChange(created.plus(Duration.ofHours(1)), "Open", status)));
    }

    private static BusinessCalendar office() {
        Map<DayOfWeek, List<WorkingRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(WorkingRange.parse("09:00-17:00")));
        }
        return BusinessCalendar.of("office", ZoneOffset.UTC, week, Set.of());
    }
}
