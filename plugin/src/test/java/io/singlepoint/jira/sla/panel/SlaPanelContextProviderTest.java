package io.singlepoint.jira.sla.panel;

import static io.singlepoint.jira.testing.FourSlas.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import io.singlepoint.core.sla.StatusChange;
import io.singlepoint.jira.sla.CurrentSlaConfig;
import io.singlepoint.jira.sla.JiraTimelines;
import io.singlepoint.jira.sla.ao.SlaConfigEntity;
import io.singlepoint.jira.sla.ao.SlaReplyEntity;
import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.jira.sla.store.SlaReplyStore;
import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.jira.testing.FourSlas;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaPanelContextProviderTest {

    private static final String TEMPLATE = "templates/sla/sla-panel-view.vm";
    private static final long ISSUE_ID = 10_001L;
    private static final ZoneId AGENTS_ZONE = ZoneId.of("Europe/Berlin");

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(SlaConfigEntity.class, SlaReplyEntity.class);

    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private final UserManager users = mock(UserManager.class);
    private final DateTimeFormatter jiraDates = mock(DateTimeFormatter.class);
    private final Issue issue = mock(Issue.class);
    private final JiraHelper helper = mock(JiraHelper.class);

    @BeforeEach
    void an_issue_waiting_for_the_customer() {
        when(issue.getId()).thenReturn(ISSUE_ID);
        when(issue.getKey()).thenReturn("SD-1");
        when(issue.getCreated()).thenReturn(Timestamp.from(FourSlas.CREATED));
        Status status = mock(Status.class);
        when(status.getName()).thenReturn("Waiting for customer");
        when(issue.getStatus()).thenReturn(status);
        List<ChangeItemBean> changes = FourSlas.waitingChanges().stream().map(SlaPanelContextProviderTest::item)
                .toList();
        when(history.getChangeItemsForField(issue, "status")).thenReturn(changes);
        when(helper.getContextParams()).thenReturn(Map.of("issue", issue));
    }

    @Test
    void each_sla_shows_its_state_its_time_its_goal_and_its_cycles_as_of_now() {
        saveConfiguration(FourSlas.CONFIG);

        SlaPanelView view = view(Locale.ENGLISH);

        assertThat(view.notice()).isNull();
        assertThat(view.slas()).containsExactly(
                new SlaPanelRow("First response", "aui-lozenge-success", "Met", null,
                        "Goal: 1 h of working time", "Calendar: 24x7 (around the clock)",
                        List.of(new SlaPanelCycle("02/Mar/26 9:00 AM", "02/Mar/26 9:30 AM", "30 min", "0 min", "no"))),
                new SlaPanelRow("Time to resolution", "aui-lozenge-moved", "Waiting on user",
                        "6 h of working time left", "Goal: 8 h of working time",
                        "Calendar: berlin-office",
                        List.of(new SlaPanelCycle("02/Mar/26 9:00 AM", "still running", "2 h", "2 h",
                                "no"))),
                new SlaPanelRow("Time to handle", "aui-lozenge-removed", "Breached",
                        "Over by 2 h of working time", "Goal: 2 h of working time",
                        "Calendar: 24x7 (around the clock)",
                        List.of(new SlaPanelCycle("02/Mar/26 9:00 AM", "still running", "4 h", "0 min", "yes"))),
                new SlaPanelRow("Time in progress", "aui-lozenge-inprogress", "Running",
                        "4 h 30 min of working time left", "Goal: 8 h of working time",
                        "Calendar: 24x7 (around the clock)",
                        List.of(new SlaPanelCycle("02/Mar/26 9:30 AM", "still running", "3 h 30 min", "0 min",
                                "no"))));
    }

    @Test
    void the_panel_is_computed_live_so_it_moves_on_with_the_clock() {
        saveConfiguration(FourSlas.CONFIG);

        SlaPanelView later = view(Locale.ENGLISH, NOW.plusSeconds(3 * 3600 + 45 * 60));

        assertThat(later.slas()).extracting(SlaPanelRow::state, SlaPanelRow::time).containsExactly(
                tuple("Met", null),
                tuple("Waiting on user", "6 h of working time left"),
                tuple("Breached", "Over by 5 h 45 min of working time"),
                tuple("Running", "45 min of working time left"));
    }

    @Test
    void the_panel_renders_in_english_with_aui_lozenges() {
        saveConfiguration(FourSlas.CONFIG);

        String html = render(Locale.ENGLISH);

        assertThat(html)
                .contains("<h4>First response <span class=\"aui-lozenge aui-lozenge-success\">Met</span></h4>")
                .contains("<h4>Time to resolution <span class=\"aui-lozenge aui-lozenge-moved\">Waiting on user"
                        + "</span></h4>")
                .contains("<strong>6 h of working time left</strong>")
                .contains("<span class=\"aui-lozenge aui-lozenge-removed\">Breached</span>")
                .contains("<strong>Over by 2 h of working time</strong>")
                .contains("<span class=\"aui-lozenge aui-lozenge-inprogress\">Running</span>")
                .contains("Goal: 8 h of working time<br/>Calendar: berlin-office")
                .contains("<caption>Cycles</caption>")
                .contains("<th scope=\"col\">Waited on user</th>")
                .contains("<td>02/Mar/26 9:30 AM</td>")
                .contains("<td>still running</td>")
                .contains("<td>3 h 30 min</td>")
                .doesNotContain("$view").doesNotContain("$sla").doesNotContain("$cycle").doesNotContain("$i18n")
                .doesNotContain("aui-message");
    }

    @Test
    void the_panel_renders_in_german_in_the_agents_date_format() {
        saveConfiguration(FourSlas.CONFIG);

        String html = render(Locale.GERMAN);

        assertThat(html)
                .contains("<span class=\"aui-lozenge aui-lozenge-success\">Eingehalten</span>")
                .contains("<span class=\"aui-lozenge aui-lozenge-moved\">Wartet auf Benutzer</span>")
                .contains("<strong>Noch 6 Std. Arbeitszeit</strong>")
                .contains("<span class=\"aui-lozenge aui-lozenge-removed\">Verletzt</span>")
                // The fixture escapes as Jira does, non-ASCII letters included.
                .contains("<strong>2 Std. Arbeitszeit &uuml;berschritten</strong>")
                .contains("<span class=\"aui-lozenge aui-lozenge-inprogress\">L&auml;uft</span>")
                .contains("Ziel: 8 Std. Arbeitszeit<br/>Kalender: berlin-office")
                .contains("Kalender: 24x7 (rund um die Uhr)")
                .contains("<caption>Zyklen</caption>")
                .contains("<td>02.03.26 09:30</td>")
                .contains("<td>l&auml;uft noch</td>")
                .contains("<td>3 Std. 30 Min.</td>")
                .doesNotContain(" of working time");
    }

    @Test
    void a_reply_that_no_transition_hands_back_is_a_notice_for_the_agent() {
        saveConfiguration(FourSlas.CONFIG);
        new SlaReplyStore(database.activeObjects())
                .record(ISSUE_ID, 77, "Waiting for customer", null, "ann-key", Instant.parse("2026-03-02T10:30:00Z"));
        user("ann-key", "Ann Example");

        assertThat(view(Locale.ENGLISH).notice()).isEqualTo("Ann Example answered on 02/Mar/26 11:30 AM while the"
                + " issue waited in \"Waiting for customer\". No transition hands it back automatically in this"
                + " project: please take the issue over.");
        assertThat(render(Locale.GERMAN)).contains(
                "<div class=\"aui-message aui-message-warning singlepoint-sla-replied\"><p>Ann Example hat am"
                        + " 02.03.26 11:30 geantwortet, w&auml;hrend der Vorgang in &bdquo;Waiting for customer&ldquo;"
                        + " wartete.");
    }

    @Test
    void a_reply_waiting_for_its_transition_is_no_notice() {
        saveConfiguration(FourSlas.CONFIG);
        new SlaReplyStore(database.activeObjects())
                .record(ISSUE_ID, 78, "Waiting for customer", 31, "ann-key", Instant.parse("2026-03-02T10:30:00Z"));

        assertThat(view(Locale.ENGLISH).notice()).isNull();
    }

    @Test
    void a_commenter_jira_no_longer_knows_is_named_by_their_key() {
        saveConfiguration(FourSlas.CONFIG);
        new SlaReplyStore(database.activeObjects())
                .record(ISSUE_ID, 79, "Waiting for customer", null, "JIRAUSER10400",
                        Instant.parse("2026-03-02T10:30:00Z"));

        assertThat(view(Locale.ENGLISH).notice()).startsWith("JIRAUSER10400 answered on ");
    }

    @Test
    void names_and_statuses_are_written_escaped() {
        saveConfiguration(FourSlas.config("<script>alert('sla')</script>"));
        new SlaReplyStore(database.activeObjects()).record(ISSUE_ID, 80, "<script>alert(\"status\")</script>", null,
                "mallory", Instant.parse("2026-03-02T10:30:00Z"));
        user("mallory", "<img src=x onerror=alert(1)>");

        String html = render(Locale.ENGLISH);

        assertThat(html)
                .doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;alert('sla')&lt;/script&gt; <span class=\"aui-lozenge aui-lozenge-removed\">")
                .contains("&lt;script&gt;alert(&quot;status&quot;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt; answered on");
    }

    @Test
    void a_configuration_without_slas_says_so() {
        saveConfiguration("{\"slas\": []}");

        assertThat(view(Locale.ENGLISH).isEmpty()).isTrue();
        assertThat(render(Locale.GERMAN)).contains("<p>Es ist noch kein SLA definiert.</p>");
    }

    private void saveConfiguration(String json) {
        new SlaConfigStore(database.activeObjects()).save(json, "admin", "", NOW.minusSeconds(86_400));
    }

    private SlaPanelView view(Locale locale) {
        return view(locale, NOW);
    }

    private SlaPanelView view(Locale locale, Instant now) {
        return (SlaPanelView) context(locale, now).get("view");
    }

    private String render(Locale locale) {
        StringWriter html = new StringWriter();
        try {
            new VelocityTemplateRenderer().render(TEMPLATE, context(locale, NOW), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private Map<String, Object> context(Locale locale, Instant now) {
        datesFor(locale);
        BundleI18nResolver i18n = new BundleI18nResolver(locale);
        SlaPanelContextProvider provider = new SlaPanelContextProvider(
                new CurrentSlaConfig(new SlaConfigStore(database.activeObjects())),
                new JiraTimelines(history, mock(CustomFieldManager.class)),
                new SlaReplyStore(database.activeObjects()),
                new SlaPanelViews(i18n, jiraDates, users), i18n, Clock.fixed(now, ZoneOffset.UTC));
        Map<String, Object> context = provider.getContextMap(mock(ApplicationUser.class), helper);
        assertThat(context).containsEntry("i18n", i18n);
        return context;
    }

    /** Jira's formatter for the agent: Berlin time, the "complete" format Jira ships for the agent's language. */
    private void datesFor(Locale locale) {
        java.time.format.DateTimeFormatter complete = java.time.format.DateTimeFormatter
                .ofPattern(locale.getLanguage().equals("de") ? "dd.MM.yy HH:mm" : "dd/MMM/yy h:mm a", locale)
                .withZone(AGENTS_ZONE);
        DateTimeFormatter forAgent = mock(DateTimeFormatter.class);
        DateTimeFormatter completeForAgent = mock(DateTimeFormatter.class);
        when(jiraDates.forLoggedInUser()).thenReturn(forAgent);
        when(forAgent.withStyle(DateTimeStyle.COMPLETE)).thenReturn(completeForAgent);
        when(completeForAgent.format(any(Date.class)))
                .thenAnswer(call -> complete.format(call.<Date>getArgument(0).toInstant()));
    }

    private void user(String key, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getDisplayName()).thenReturn(displayName);
        when(users.getUserByKey(key)).thenReturn(user);
    }

    private static ChangeItemBean item(StatusChange change) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        when(item.getCreated()).thenReturn(Timestamp.from(change.at()));
        when(item.getFromString()).thenReturn(change.from());
        when(item.getToString()).thenReturn(change.to());
        return item;
    }
}
