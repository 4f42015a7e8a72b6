package io.singlepoint.jira.sla.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.user.util.UserManager;

import io.singlepoint.core.sla.Cycle;
import io.singlepoint.core.sla.SlaBadge;
import io.singlepoint.core.sla.SlaBadge.Kind;
import io.singlepoint.jira.testing.BundleI18nResolver;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaPanelViewsTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest(name = "{0} ms: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "0             | 0 min        | 0 Min.",
            "59999         | 0 min        | 0 Min.",
            "60000         | 1 min        | 1 Min.",
            "3599999       | 59 min       | 59 Min.",
            "3600000       | 1 h          | 1 Std.",
            "5400000       | 1 h 30 min   | 1 Std. 30 Min.",
            "90061000      | 25 h 1 min   | 25 Std. 1 Min.",
            "4320000000    | 1,200 h      | 1.200 Std.",
    })
    void working_time_reads_in_hours_and_whole_minutes(long millis, String english, String german) {
        assertThat(row(Locale.ENGLISH, running(millis)).time()).isEqualTo(english + " of working time left");
        assertThat(row(Locale.GERMAN, running(millis)).time()).isEqualTo("Noch " + german + " Arbeitszeit");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NOT_STARTED | ''                     | Not started     | Nicht gestartet",
            "RUNNING     | aui-lozenge-inprogress | Running         | L\u00e4uft",
            "WAITING     | aui-lozenge-moved      | Waiting on user | Wartet auf Benutzer",
            "MET         | aui-lozenge-success    | Met             | Eingehalten",
            "BREACHED    | aui-lozenge-removed    | Breached        | Verletzt",
            "STOPPED     | ''                     | Stopped         | Beendet",
    })
    void each_kind_has_its_lozenge_and_its_words(Kind kind, String lozenge, String english, String german) {
        SlaBadge badge = new SlaBadge("ttr", "Time to resolution", kind, null, null, null, "24x7", List.of());

        assertThat(row(Locale.ENGLISH, badge).lozenge()).isEqualTo(lozenge);
        assertThat(row(Locale.ENGLISH, badge).state()).isEqualTo(english);
        assertThat(row(Locale.GERMAN, badge).state()).isEqualTo(german);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | No goal applies: the clock counts but never breaches.",
            "de | Kein Ziel: Die Uhr z\u00e4hlt, wird aber nie verletzt.",
    })
    void a_clock_without_a_goal_says_that_it_never_breaches(Locale locale, String goal) {
        SlaBadge badge = new SlaBadge("ttr", "Time to resolution", Kind.STOPPED, null, null, null, "24x7",
                List.of(new Cycle(START, START.plusSeconds(600), 600_000, 0, null, false, null)));

        SlaPanelRow row = row(locale, badge);

        assertThat(row.goal()).isEqualTo(goal);
        assertThat(row.time()).isNull();
        assertThat(row.hasCycles()).isTrue();
    }

    private static SlaBadge running(long remaining) {
        return new SlaBadge("ttr", "Time to resolution", Kind.RUNNING, remaining, null, 3_600_000L, "24x7",
                List.of(new Cycle(START, null, 0, 0, 3_600_000L, false, START.plusSeconds(3600))));
    }

    private static SlaPanelRow row(Locale locale, SlaBadge badge) {
        DateTimeFormatter dates = mock(DateTimeFormatter.class);
        when(dates.forLoggedInUser()).thenReturn(dates);
        when(dates.withStyle(DateTimeStyle.COMPLETE)).thenReturn(dates);
        when(dates.format(any(Date.class))).thenAnswer(call -> call.<Date>getArgument(0).toInstant().toString());
        SlaPanelViews views = new SlaPanelViews(new BundleI18nResolver(locale), dates, mock(UserManager.class));
        return views.view(List.of(badge), Optional.empty()).slas().get(0);
    }
}
