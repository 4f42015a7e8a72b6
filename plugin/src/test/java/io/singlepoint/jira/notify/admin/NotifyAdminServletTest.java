package io.singlepoint.jira.notify.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.jira.project.ProjectManager;

import io.singlepoint.core.notify.IdempotencyKey;
import io.singlepoint.core.notify.Intent;
import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.notify.RecipientRules;
import io.singlepoint.core.notify.Stage;
import io.singlepoint.core.notify.TransitionRef;
import io.singlepoint.jira.admin.AdminGate;
import io.singlepoint.jira.admin.FormToken;
import io.singlepoint.jira.notify.ao.NotifyDeliveryEntity;
import io.singlepoint.jira.notify.ao.NotifyIntentEntity;
import io.singlepoint.jira.notify.JiraBaseUrl;
import io.singlepoint.jira.notify.JiraMailRenderer;
import io.singlepoint.jira.notify.NotifyIssues;
import io.singlepoint.jira.notify.ao.NotifySenderEntity;
import io.singlepoint.jira.notify.ao.NotifyTemplateEntity;
import io.singlepoint.jira.notify.store.IntentStore;
import io.singlepoint.jira.notify.store.SenderStore;
import io.singlepoint.jira.notify.store.TemplateStore;
import io.singlepoint.jira.notify.store.StoredIntent.State;
import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.jira.testing.TestClock;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin page of change notifications: the send log with its reasons and resend, and project senders. */
class NotifyAdminServletTest {

    private static final Instant AT = Instant.parse("2026-07-01T06:00:00Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(NotifyIntentEntity.class,
            NotifyDeliveryEntity.class, NotifySenderEntity.class, NotifyTemplateEntity.class);

    private final AdminGate gate = mock(AdminGate.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final Map<String, Object> sessionAttributes = new HashMap<>();
    private StringWriter page = new StringWriter();
    private IntentStore intents;
    private SenderStore senders;
    private NotifyAdminServlet servlet;
    private TemplateStore templates;
    private final IssueManager issueManager = mock(IssueManager.class);
    private final ApplicationProperties properties = mock(ApplicationProperties.class);

    @BeforeEach
    void setUp() throws Exception {
        intents = new IntentStore(database.activeObjects());
        senders = new SenderStore(database.activeObjects());
        templates = new TemplateStore(database.activeObjects());
        TemplatePreview preview = new TemplatePreview(templates, senders, issueManager,
                new NotifyIssues(mock(CustomFieldManager.class), mock(WatcherManager.class)),
                new JiraMailRenderer(new VelocityTemplateRenderer()), new JiraBaseUrl(properties), new TestClock(AT));
        servlet = new NotifyAdminServlet(gate, new VelocityTemplateRenderer(), new BundleI18nResolver(Locale.ENGLISH),
                intents, senders, projects, preview, new TestClock(AT));
        when(gate.admit(request, response)).thenReturn(true);
        HttpSession session = mock(HttpSession.class);
        when(session.getAttribute(anyString())).thenAnswer(call -> sessionAttributes.get(call.getArgument(0)));
        org.mockito.Mockito.doAnswer(call -> sessionAttributes.put(call.getArgument(0), call.getArgument(1)))
                .when(session).setAttribute(anyString(), org.mockito.ArgumentMatchers.any());
        when(request.getSession(true)).thenReturn(session);
        when(request.getSession(false)).thenReturn(session);
        when(response.getWriter()).thenAnswer(call -> new PrintWriter(page, true));
        Project sd = mock(Project.class);
        when(sd.getId()).thenReturn(10000L);
        when(sd.getKey()).thenReturn("SD");
        when(projects.getProjectObjByKey("SD")).thenReturn(sd);
        when(projects.getProjectObj(10000L)).thenReturn(sd);
        when(properties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com");
        MutableIssue issue = mock(MutableIssue.class);
        Status scheduled = mock(Status.class);
        when(scheduled.getName()).thenReturn("Scheduled");
        when(issue.getId()).thenReturn(10012L);
        when(issue.getKey()).thenReturn("SD-12");
        when(issue.getProjectId()).thenReturn(10000L);
        when(issue.getProjectObject()).thenReturn(sd);
        when(issue.getStatus()).thenReturn(scheduled);
        when(issue.getSummary()).thenReturn("Core <switch> & uplink");
        when(issueManager.getIssueObject("SD-12")).thenReturn(issue);
    }

    @Test
    void the_log_shows_each_notification_with_its_state_counts_and_escaped_reason() throws Exception {
        intents.record(intent("10012", 21), AT);
        long id = intents.log(1).get(0).id();
        intents.failed(id, "SMTP: 550 <relay> denied", null, AT);

        servlet.doGet(request, response);

        assertThat(page.toString()).contains("<h1>Change notifications</h1>").contains("<td>SD-10012</td>")
                .contains("aui-lozenge-error").contains(">Failed</span>")
                .contains("SMTP: 550 &lt;relay&gt; denied").contains("Resend to everyone")
                .contains("name=\"token\" value=\"" + sessionAttributes.get(FormToken.ATTRIBUTE) + "\"")
                .doesNotContain("$row").doesNotContain("$i18n");
    }

    @Test
    void a_resend_with_the_session_s_token_makes_the_notification_pending_again() throws Exception {
        intents.record(intent("10012", 21), AT);
        long id = intents.log(1).get(0).id();
        intents.failed(id, "SMTP: down", null, AT);
        servlet.doGet(request, response);
        post(Map.of("action", "resend", "id", String.valueOf(id), "to", "missing"));

        assertThat(intents.get(id)).get().extracting(s -> s.state()).isEqualTo(State.PENDING);
        assertThat(page.toString()).contains("is pending again");
    }

    @Test
    void a_post_without_the_session_s_token_changes_nothing() throws Exception {
        sessionAttributes.put(FormToken.ATTRIBUTE, "right");
        when(request.getParameter("token")).thenReturn("wrong");
        when(request.getParameter("action")).thenReturn("sender");

        servlet.doPost(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        assertThat(senders.projects()).isEmpty();
    }

    @Test
    void a_project_s_sender_is_saved_and_listed_and_a_name_posing_as_an_address_is_refused() throws Exception {
        servlet.doGet(request, response);
        post(Map.of("action", "sender", "project", "SD", "address", "servicedesk@example.com",
                "name", "IT Service Desk", "replyTo", "help@example.com", "rasciField", "customfield_10100"));

        assertThat(page.toString()).contains("The sender of SD is saved.")
                .contains("<td>IT Service Desk &lt;servicedesk@example.com&gt;</td>");
        assertThat(senders.serviceDesk(10000L)).isPresent();

        post(Map.of("action", "sender", "project", "SD", "address", "it@example.com\r\nBcc: eve@evil.example",
                "name", "", "replyTo", "", "rasciField", ""));
        assertThat(page.toString()).contains("The sender was not saved");
        assertThat(senders.serviceDesk(10000L).orElseThrow().from().address().value())
                .isEqualTo("servicedesk@example.com");
    }

    @Test
    void a_template_is_previewed_on_a_real_issue_unsaved_then_saved_for_the_project() throws Exception {
        senders.save(10000L, "servicedesk@example.com", "IT Service Desk", null, null);
        servlet.doGet(request, response);
        Map<String, String> form = Map.of("project", "SD", "name", "change-approved", "language", "en",
                "part", "html", "source", "<p>CAB approved $view.summaryHtml()</p>", "issue", "SD-12");

        post(with(form, "action", "preview"));
        assertThat(page.toString()).contains("<pre class=\"singlepoint-preview\">&lt;p&gt;CAB approved Core &amp;lt;switch"
                + "&amp;gt; &amp;amp; uplink&lt;/p&gt;").contains("[SD-12]");
        assertThat(templates.overridden(10000L)).isEmpty();

        post(with(form, "action", "template"));
        assertThat(page.toString()).contains("The template change-approved.en.html.vm is saved.");
        assertThat(templates.overridden(10000L)).containsExactly("change-approved.en.html.vm");
    }

    @Test
    void a_template_that_does_not_parse_is_shown_as_a_problem_and_not_saved() throws Exception {
        senders.save(10000L, "servicedesk@example.com", "IT Service Desk", null, null);
        servlet.doGet(request, response);

        post(Map.of("action", "preview", "project", "SD", "name", "change-approved", "language", "en",
                "part", "txt", "source", "#if(", "issue", "SD-12"));

        assertThat(page.toString()).contains("aui-message-error").contains("change-approved.en.txt");
        assertThat(templates.overridden(10000L)).isEmpty();
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> copy = new HashMap<>(form);
        copy.put(key, value);
        return copy;
    }

    private void post(Map<String, String> form) throws Exception {
        page = new StringWriter();
        when(request.getParameter(anyString())).thenAnswer(call -> {
            String name = call.getArgument(0);
            return name.equals("token") ? (String) sessionAttributes.get(FormToken.ATTRIBUTE) : form.get(name);
        });
        servlet.doPost(request, response);
    }

    private static Intent intent(String issueId, int action) {
        NotificationConfig config = NotificationConfig.of(Stage.CHANGE_COMPLETED,
                RecipientRules.parse(List.of("R"), false));
        return new Intent(IdempotencyKey.of(issueId, Stage.CHANGE_COMPLETED, TransitionRef.action(action, AT),
                config.fingerprint()), issueId, "SD-" + issueId, Stage.CHANGE_COMPLETED, config, null, AT, AT, null,
                List.of());
    }
}
