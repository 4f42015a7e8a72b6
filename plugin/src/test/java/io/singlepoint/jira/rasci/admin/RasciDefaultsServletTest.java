package io.singlepoint.jira.rasci.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.scheduler.SchedulerService;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciDefaults;
import io.singlepoint.core.rasci.RasciDefaults.From;
import io.singlepoint.core.rasci.RasciDefaults.Source;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciPolicy.RoleRule;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.admin.AdminGate;
import io.singlepoint.jira.admin.FormToken;
import io.singlepoint.jira.rasci.RasciDefaultsStore;
import io.singlepoint.jira.rasci.RasciDefaultsStore.Rule;
import io.singlepoint.jira.rasci.RasciFieldType;
import io.singlepoint.jira.rasci.RasciPeople;
import io.singlepoint.jira.rasci.RasciPolicyStore;
import io.singlepoint.jira.rasci.ao.RasciDefaultsEntity;
import io.singlepoint.jira.rasci.RasciRebuild;
import io.singlepoint.jira.rasci.SchedulerStandIns;
import io.singlepoint.jira.rasci.ao.RasciPolicyEntity;
import io.singlepoint.jira.rasci.ao.RasciRebuildEntity;
import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.jira.testing.TestClock;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpServletResponse;

import net.java.ao.DBParam;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The defaults page on a real store (H2) and a real Velocity engine; Jira's services are Mockito stand-ins. */
class RasciDefaultsServletTest {

    private static final String FIELD = "customfield_10100";
    private static final String TOKEN = "3f9a0c";

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciDefaultsEntity.class, RasciPolicyEntity.class,
            RasciRebuildEntity.class);

    private final AdminGate gate = mock(AdminGate.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final UserManager users = mock(UserManager.class);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final StringWriter page = new StringWriter();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T09:00:00Z"));
    private RasciDefaultsStore store;
    private RasciPolicyStore policies;

    @BeforeEach
    void jira() throws Exception {
        HttpSession session = mock(HttpSession.class);
        when(request.getSession(true)).thenReturn(session);
        when(request.getSession(false)).thenReturn(session);
        when(session.getAttribute(FormToken.ATTRIBUTE)).thenReturn(TOKEN);
        when(request.getParameter("token")).thenReturn(TOKEN);
        store = new RasciDefaultsStore(database.activeObjects());
        policies = new RasciPolicyStore(database.activeObjects());
        when(response.getWriter()).thenReturn(new PrintWriter(page));
        Project ops = mock(Project.class);
        when(ops.getId()).thenReturn(10000L);
        when(ops.getKey()).thenReturn("OPS");
        when(projects.getProjectObjByKey("OPS")).thenReturn(ops);
        when(projects.getProjectObj(10000L)).thenReturn(ops);
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(FIELD);
        when(field.getName()).thenReturn("RASCI <b>matrix</b>");
        when(field.getCustomFieldType()).thenReturn(mock(RasciFieldType.class));
        when(fields.getCustomFieldObject(FIELD)).thenReturn(field);
        ApplicationUser ann = mock(ApplicationUser.class);
        when(ann.getKey()).thenReturn("JIRAUSER10100");
        when(ann.getUsername()).thenReturn("ann");
        when(users.getUserByName("ann")).thenReturn(ann);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(ann);
    }

    @Test
    void a_post_without_the_page_s_token_changes_nothing_and_is_refused() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        submit(Map.of("action", "save", "field", FIELD, "project", "OPS", "type", "", "A", "project-lead",
                "R", "assignee", "token", "forged"));

        servlet(Locale.ENGLISH).doPost(request, response);

        assertThat(store.all()).isEmpty();
        verify(response).sendError(403,
                "This form was not sent from the RASCI defaults page. Open the page again and repeat the change.");
    }

    private RasciDefaultsServlet servlet(Locale locale) {
        return new RasciDefaultsServlet(gate, new VelocityTemplateRenderer(), new BundleI18nResolver(locale), store,
                new RasciDefaultsForm(new RasciPeople(users)), projects, fields, policies,
                new RasciRebuild(database.activeObjects(), scheduler, null, fields, users, null, clock), authentication);
    }

    private void submit(Map<String, String> inputs) {
        inputs.forEach((name, value) -> when(request.getParameter(name)).thenReturn(value));
    }

    @Test
    void an_administrator_saves_a_rule_for_a_project_and_sees_it_listed() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        submit(Map.of("action", "save", "field", FIELD, "project", "OPS", "type", "",
                "A", "project-lead", "R", "assignee", "I", "reporter, group:network-team, ann"));

        servlet(Locale.ENGLISH).doPost(request, response);

        assertThat(store.all()).containsExactly(new Rule(FIELD, 10000L, RasciDefaultsStore.ANY_TYPE,
                new RasciDefaults(Map.of(
                        RasciRole.ACCOUNTABLE, List.of(Source.of(From.PROJECT_LEAD)),
                        RasciRole.RESPONSIBLE, List.of(Source.of(From.ASSIGNEE)),
                        RasciRole.INFORMED, List.of(Source.of(From.REPORTER),
                                Source.fixed(Participant.group("network-team")),
                                Source.fixed(Participant.user("JIRAUSER10100")))))));
        assertThat(page.toString()).contains("The RASCI defaults are saved.")
                .contains("<td>RASCI &lt;b&gt;matrix&lt;/b&gt;</td>", "<td>OPS</td>", "<td>*</td>")
                .contains("Informed: reporter, group:network-team, ann<br/>");
    }

    @Test
    void problems_are_listed_in_the_administrators_language_and_nothing_is_saved() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        submit(Map.of("action", "save", "field", "customfield_99999", "project", "NOPE", "A", "zed"));

        servlet(Locale.GERMAN).doPost(request, response);

        assertThat(store.all()).isEmpty();
        assertThat(page.toString()).contains("Es gibt kein RASCI-Feld &bdquo;customfield_99999&ldquo;")
                .contains("Es gibt kein Projekt &bdquo;NOPE&ldquo;.")
                .contains("Rechenschaftspflichtig: &bdquo;zed&ldquo; ist weder")
                .contains("value=\"NOPE\"");
    }

    @Test
    void a_rule_is_deleted_by_field_project_and_type() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        store.save(new Rule(FIELD, 10000L, "10001", RasciDefaults.SUGGESTED));
        store.save(new Rule(FIELD, 10000L, RasciDefaultsStore.ANY_TYPE, RasciDefaults.SUGGESTED));
        submit(Map.of("action", "delete", "field", FIELD, "project", "10000", "type", "10001"));

        servlet(Locale.ENGLISH).doPost(request, response);

        assertThat(store.all()).extracting(Rule::issueTypeId).containsExactly(RasciDefaultsStore.ANY_TYPE);
    }

    @Test
    void whom_the_gate_refuses_can_neither_see_nor_change_anything() throws Exception {
        when(gate.admit(request, response)).thenReturn(false);
        submit(Map.of("action", "save", "field", FIELD, "project", "OPS", "A", "project-lead"));

        servlet(Locale.ENGLISH).doGet(request, response);
        servlet(Locale.ENGLISH).doPost(request, response);

        assertThat(page.toString()).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    private void check(String input, String... values) {
        when(request.getParameterValues(input)).thenReturn(values);
    }

    @Test
    void an_administrator_gives_a_field_its_own_policy_and_sees_it_listed() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        submit(Map.of("action", "policy-save", "policy-field", FIELD, "min-A", "1", "max-A", "2", "min-R", "0",
                "max-R", "", "min-I", "", "max-I", "3"));
        check("kinds-A", "user", "group");
        check("kinds-R", "user");
        check("kinds-S", "user");
        check("kinds-C", "email");
        check("kinds-I", "user", "email");

        servlet(Locale.ENGLISH).doPost(request, response);

        RasciPolicy saved = policies.policy(FIELD);
        assertThat(saved.rule(RasciRole.ACCOUNTABLE))
                .isEqualTo(new RoleRule(1, 2, EnumSet.of(Participant.Kind.USER, Participant.Kind.GROUP)));
        assertThat(saved.rule(RasciRole.RESPONSIBLE))
                .isEqualTo(new RoleRule(0, RoleRule.UNLIMITED, EnumSet.of(Participant.Kind.USER)));
        assertThat(saved.rule(RasciRole.INFORMED))
                .isEqualTo(new RoleRule(0, 3, EnumSet.of(Participant.Kind.USER, Participant.Kind.EMAIL)));
        assertThat(page.toString()).contains("The RASCI defaults are saved.")
                .contains("<td>RASCI &lt;b&gt;matrix&lt;/b&gt;</td>")
                .contains("Accountable: at least 1, at most 2; users, groups<br/>")
                .contains("Responsible: at least 0, at most no limit; users<br/>")
                .contains("name=\"action\" value=\"policy-reset\"");
    }

    @Test
    void the_role_inputs_carry_the_picker_marks_of_the_default_policy_and_the_context_path() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        when(request.getContextPath()).thenReturn("/jira");

        servlet(Locale.GERMAN).doGet(request, response);

        assertThat(roleInput("R")).contains("data-rasci-picker=\"true\"", "data-rasci-groups=\"true\"");
        assertThat(roleInput("A")).contains("data-rasci-picker=\"true\"", "data-rasci-groups=\"false\"");
        assertThat(page.toString()).contains("data-rasci-context-path=\"/jira\"",
                "data-rasci-text-group=\"Gruppe\"");
    }

    @Test
    void after_a_refused_rule_the_picker_follows_the_policy_of_the_field_named_in_the_form() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        policies.save(FIELD, new RasciPolicy(Map.of(
                RasciRole.ACCOUNTABLE, new RoleRule(1, 1, EnumSet.of(Participant.Kind.GROUP)),
                RasciRole.RESPONSIBLE, new RoleRule(1, RoleRule.UNLIMITED, EnumSet.of(Participant.Kind.USER)))));
        submit(Map.of("action", "save", "field", FIELD, "project", "NOPE", "A", "group:managers"));

        servlet(Locale.ENGLISH).doPost(request, response);

        assertThat(roleInput("A")).contains("data-rasci-groups=\"true\"");
        assertThat(roleInput("R")).contains("data-rasci-groups=\"false\"");
    }

    /** The defaults form's input of one role. */
    private String roleInput(String letter) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("<input[^>]*id=\"rasci-defaults-" + letter + "\"[^>]*>").matcher(page.toString());
        assertThat(matcher.find()).as("the input of " + letter).isTrue();
        return matcher.group();
    }

    @Test
    void the_policy_form_starts_from_the_default_policy() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);

        servlet(Locale.ENGLISH).doGet(request, response);

        assertThat(page.toString()).contains("No field has its own policy")
                .contains("name=\"min-A\" value=\"1\"", "name=\"max-A\" value=\"1\"", "name=\"max-R\" value=\"\"")
                .contains("name=\"kinds-A\" value=\"user\" checked=\"checked\"")
                .doesNotContain("name=\"kinds-A\" value=\"group\" checked");
    }

    @Test
    void a_wrong_policy_is_refused_with_every_problem_in_the_administrators_language() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        submit(Map.of("action", "policy-save", "policy-field", FIELD, "min-A", "2", "max-A", "1", "min-R", "eins"));
        check("kinds-A", "user");
        check("kinds-R", "user");
        check("kinds-S", "user");
        check("kinds-C", "user");

        servlet(Locale.GERMAN).doPost(request, response);

        assertThat(policies.stored(FIELD)).isEmpty();
        assertThat(page.toString())
                .contains("Rechenschaftspflichtig: &bdquo;H&ouml;chstens&ldquo; muss mindestens 1")
                .contains("&bdquo;eins&ldquo; ist keine ganze Zahl.")
                .contains("Informiert: W&auml;hlen Sie, wer die Rolle besetzen darf")
                .contains("name=\"min-R\" value=\"eins\"");
    }

    @Test
    void a_field_is_put_back_on_the_default_policy() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        policies.save(FIELD, new RasciPolicy(Map.of()));
        submit(Map.of("action", "policy-reset", "policy-field", FIELD));

        servlet(Locale.ENGLISH).doPost(request, response);

        assertThat(policies.stored(FIELD)).isEmpty();
        assertThat(policies.policy(FIELD)).isEqualTo(RasciPolicy.DEFAULT);
    }

    @Test
    void an_administrator_starts_the_rebuild_once_and_sees_its_state() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        ApplicationUser ann = users.getUserByName("ann");
        when(authentication.getLoggedInUser()).thenReturn(ann);
        submit(Map.of("action", "rebuild"));

        try (SchedulerStandIns standIns = new SchedulerStandIns()) {
            servlet(Locale.ENGLISH).doPost(request, response);
            servlet(Locale.ENGLISH).doPost(request, response);

            verify(scheduler, times(1)).scheduleJob(standIns.id, standIns.config);
        }
        assertThat(page.toString()).contains("Rebuild queued; it starts within moments.")
                .contains("A rebuild is already queued or running.");
    }

    @Test
    void a_rebuild_whose_node_stopped_is_shown_as_interrupted_and_starts_again() throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        ApplicationUser ann = users.getUserByName("ann");
        when(authentication.getLoggedInUser()).thenReturn(ann);
        database.activeObjects().create(RasciRebuildEntity.class, new DBParam("STATUS", "RUNNING"),
                new DBParam("DONE", 100), new DBParam("TOTAL", 250), new DBParam("AUTHOR_KEY", "JIRAUSER10100"),
                new DBParam("MESSAGE", ""), new DBParam("HEARTBEAT_AT", clock.millis()));
        clock.advance(Duration.ofMinutes(11));

        servlet(Locale.ENGLISH).doGet(request, response);
        servlet(Locale.GERMAN).doGet(request, response);
        submit(Map.of("action", "rebuild"));
        try (SchedulerStandIns standIns = new SchedulerStandIns()) {
            servlet(Locale.ENGLISH).doPost(request, response);

            verify(scheduler).scheduleJob(standIns.id, standIns.config);
        }

        assertThat(page.toString())
                .contains("The last rebuild was interrupted after 100 of 250 issues: the node running it has reported"
                        + " no progress for more than 10 minutes, so it has probably stopped. Start it again with the"
                        + " button below; it rewrites every issue from the start.")
                .contains("Der letzte Neuaufbau wurde nach 100 von 250 Vorg&auml;ngen unterbrochen: Der Knoten,"
                        + " auf dem er lief, meldet seit mehr als 10 Minuten keinen Fortschritt")
                .contains("Rebuild queued; it starts within moments.")
                .doesNotContain("A rebuild is already queued or running.");
    }
}
