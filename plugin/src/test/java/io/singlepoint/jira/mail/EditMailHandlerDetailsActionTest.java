package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.service.JiraServiceContainer;
import com.atlassian.jira.service.util.handler.MessageHandlerErrorCollector;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.PluginAccessor;

import io.singlepoint.jira.testing.BundleI18nHelper;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The handler's settings page: the service's parameter string into fields, and the fields back into parameters. */
class EditMailHandlerDetailsActionTest {

    private final ProjectManager projects = mock(ProjectManager.class);
    private final UserManager users = mock(UserManager.class);
    private final com.atlassian.jira.security.groups.GroupManager groups =
            mock(com.atlassian.jira.security.groups.GroupManager.class);
    private final JiraAuthenticationContext admin = mock(JiraAuthenticationContext.class);
    private final EditMailHandlerDetailsAction action = new EditMailHandlerDetailsAction(mock(PluginAccessor.class),
            projects, users, groups, admin);

    {
        when(admin.getI18nHelper()).thenReturn(new BundleI18nHelper(Locale.ENGLISH));
    }

    /** Every error the page shows, in order. */
    private List<String> pageErrors() {
        MessageHandlerErrorCollector errors = mock(MessageHandlerErrorCollector.class);
        action.validate(errors);
        ArgumentCaptor<String> shown = ArgumentCaptor.forClass(String.class);
        verify(errors, atLeast(0)).error(shown.capture());
        return shown.getAllValues();
    }

    /** Five wrong fields at once, two of them found only in Jira. */
    private void fiveWrongFields() {
        action.setProjects("SD sd-1 chg-2");
        action.setKeepBytes("lots");
        action.setRejectReply("maybe");
        action.setCommentAs("sd-robot");
        action.setForwardTo("no-such-team");
    }

    @Test
    void an_english_admin_sees_every_wrong_field_at_once_led_by_its_label() {
        fiveWrongFields();

        assertThat(pageErrors()).containsExactly(
                "Projects: \"sd-1\" is no Jira project key: a letter, then letters, digits or _",
                "Projects: \"chg-2\" is no Jira project key: a letter, then letters, digits or _",
                "Bytes of each raw mail kept in the log: \"lots\" is not a number from 0 to 20971520; 1048576 is used",
                "Answer rejected senders: \"maybe\" is neither true nor false; true is used",
                "Comment for outside people as: there is no active Jira user sd-robot",
                "Forward rejected mail to: there is no group no-such-team with members");
    }

    @Test
    void a_german_admin_sees_the_same_errors_in_german() {
        when(admin.getI18nHelper()).thenReturn(new BundleI18nHelper(Locale.GERMAN));
        fiveWrongFields();
        action.setProject("SD");
        action.setIssueType("10002");

        assertThat(pageErrors()).containsExactly(
                "Projekte: \u201esd-1\u201c ist kein Jira-Projektschl\u00fcssel: ein Buchstabe, dann Buchstaben,"
                        + " Ziffern oder _",
                "Projekte: \u201echg-2\u201c ist kein Jira-Projektschl\u00fcssel: ein Buchstabe, dann Buchstaben,"
                        + " Ziffern oder _",
                "Bytes jeder Original-Mail im Protokoll: \u201elots\u201c ist keine Zahl von 0 bis 20971520;"
                        + " 1048576 wird verwendet",
                "Abgewiesenen Absendern antworten: \u201emaybe\u201c ist weder true noch false; true wird verwendet",
                "Projekt f\u00fcr neue Anfragen: Es gibt kein Projekt SD",
                "Kommentieren f\u00fcr Externe als: Es gibt keinen aktiven Jira-Benutzer sd-robot",
                "Abgewiesene Mails weiterleiten an: Es gibt keine Gruppe no-such-team mit Mitgliedern");
    }

    @Test
    void a_german_admin_reads_the_format_errors_of_the_new_request_fields_in_german() {
        when(admin.getI18nHelper()).thenReturn(new BundleI18nHelper(Locale.GERMAN));
        action.setProject("sd-1");
        action.setIssueType("Task");
        action.setCommentAs("two words");
        action.setForwardTo("a@b");

        assertThat(pageErrors()).containsExactly(
                "Projekt f\u00fcr neue Anfragen: \u201eSD-1\u201c ist kein Projektschl\u00fcssel"
                        + " (Gro\u00dfbuchstaben, Ziffern, _)",
                "Vorgangstyp f\u00fcr neue Anfragen: \u201eTask\u201c ist keine Vorgangstyp-ID (eine Zahl)",
                "Kommentieren f\u00fcr Externe als: \u201etwo words\u201c ist kein Jira-Benutzername"
                        + " (keine Leerzeichen, Kommas oder =)",
                "Abgewiesene Mails weiterleiten an: \u201ea@b\u201c ist weder eine E-Mail-Adresse noch ein"
                        + " Gruppenname");
    }

    @Test
    void the_stored_parameters_fill_the_fields() throws Exception {
        JiraServiceContainer service = mock(JiraServiceContainer.class);
        when(service.getProperty("handler.params")).thenReturn(
                "projects=SD CHG, addresses=servicedesk@example.com;help@example.com, domain=jira.example.com");

        action.copyServiceSettings(service);

        assertThat(action.getProjects()).isEqualTo("SD CHG");
        assertThat(action.getAddresses()).isEqualTo("servicedesk@example.com;help@example.com");
        assertThat(action.getDomain()).isEqualTo("jira.example.com");
        assertThat(action.getMaxPerHour()).isEqualTo("20");
        assertThat(action.getKeepBytes()).isEqualTo("1048576");
    }

    @Test
    void the_fields_become_parameters_the_handler_reads_back_without_commas() {
        action.setProjects(" SD,  CHG ");
        action.setAddresses("servicedesk@example.com, help@example.com");
        action.setDomain("");
        action.setMaxPerHour("5");

        Map<String, String> params = action.getHandlerParams();

        assertThat(params).containsExactly(Map.entry("projects", "SD CHG"),
                Map.entry("addresses", "servicedesk@example.com help@example.com"), Map.entry("maxPerHour", "5"),
                Map.entry("keepBytes", "1048576"), Map.entry("retentionDays", "90"), Map.entry("rejectReply", "true"));
        MailHandlerConfig config = MailHandlerConfig.read(params).config();
        assertThat(config.settings().projectKeys().keys()).containsExactlyInAnyOrder("SD", "CHG");
        assertThat(config.settings().ownAddresses().contains("help@example.com")).isTrue();
        assertThat(config.settings().maxMailsPerSenderPerHour()).isEqualTo(5);
        assertThat(config.domain()).isNull();
    }

    @Test
    void the_service_log_names_every_wrong_stored_parameter_in_english_and_uses_its_default() {
        MailHandlerConfig.Read read = MailHandlerConfig.read(Map.of("projects", "SD sd-1 chg-2",
                "addresses", "help@example.com desk"));

        assertThat(read.problems()).containsExactly(
                "projects: \"sd-1\" is no Jira project key: a letter, then letters, digits or _",
                "projects: \"chg-2\" is no Jira project key: a letter, then letters, digits or _",
                "addresses: \"desk\" is no mail address");
        assertThat(read.config().settings().projectKeys().keys()).isEmpty();
        assertThat(read.config().settings().ownAddresses().addresses()).isEmpty();
    }

    @Test
    void a_problem_without_an_english_text_still_reaches_the_log_as_key_and_values() {
        assertThat(MailHandlerConfig.english(io.singlepoint.core.Violation.of("singlepoint.mail.handler.error.none",
                new MailHandlerConfig.Setting("keepBytes"), "lots")))
                .isEqualTo("singlepoint.mail.handler.error.none [keepBytes, lots]");
    }

    @Test
    void a_wrong_field_is_an_error_of_the_page() {
        MessageHandlerErrorCollector errors = mock(MessageHandlerErrorCollector.class);
        action.setProjects("sd-1");
        action.setKeepBytes("lots");

        action.validate(errors);

        verify(errors).error("Projects: \"sd-1\" is no Jira project key: a letter, then letters, digits or _");
        verify(errors).error(
                "Bytes of each raw mail kept in the log: \"lots\" is not a number from 0 to 20971520; 1048576 is used");
    }

    @Test
    void right_fields_are_no_error() {
        MessageHandlerErrorCollector errors = mock(MessageHandlerErrorCollector.class);
        action.setProjects("SD");

        action.validate(errors);

        verifyNoInteractions(errors);
    }

    @Test
    void new_requests_open_issues_in_an_existing_project_with_one_of_its_issue_types() throws Exception {
        JiraServiceContainer service = mock(JiraServiceContainer.class);
        when(service.getProperty("handler.params")).thenReturn("projects=SD, project=SD, issueType=10002");
        action.copyServiceSettings(service);
        assertThat(action.getProject()).isEqualTo("SD");
        assertThat(action.getIssueType()).isEqualTo("10002");
        Project sd = mock(Project.class);
        IssueType task = mock(IssueType.class);
        when(task.getId()).thenReturn("10002");
        when(sd.getIssueTypes()).thenReturn(List.of(task));
        when(projects.getProjectObjByKey("SD")).thenReturn(sd);
        MessageHandlerErrorCollector errors = mock(MessageHandlerErrorCollector.class);

        action.setProject(" sd ");
        action.validate(errors);

        verifyNoInteractions(errors);
        assertThat(action.getHandlerParams()).containsEntry("project", "SD").containsEntry("issueType", "10002");
        MailHandlerConfig config = MailHandlerConfig.read(action.getHandlerParams()).config();
        assertThat(config.createsIssues()).isTrue();
        assertThat(config.project()).isEqualTo("SD");
        assertThat(config.issueType()).isEqualTo("10002");

        action.setIssueType("3");
        action.validate(errors);
        verify(errors).error("Issue type for new requests: 3 is no issue type of project SD");
        action.setProject("NOPE");
        action.validate(errors);
        verify(errors).error("Project for new requests: there is no project NOPE");
    }

    @Test
    void a_project_without_an_issue_type_or_a_wrong_one_opens_no_issues() {
        MailHandlerConfig.Read half = MailHandlerConfig.read(Map.of("project", "SD"));
        assertThat(half.config().createsIssues()).isFalse();
        assertThat(half.problems()).containsExactly(
                "project and issueType: new requests open issues only with both; they are held in the log");
        MailHandlerConfig.Read wrong = MailHandlerConfig.read(Map.of("project", "SD", "issueType", "Task"));
        assertThat(wrong.config().createsIssues()).isFalse();
        assertThat(wrong.problems()).contains("issueType: \"Task\" is not an issue type id (a number)");
    }

    @Test
    void the_comment_as_user_must_be_an_active_jira_user() throws Exception {
        JiraServiceContainer service = mock(JiraServiceContainer.class);
        when(service.getProperty("handler.params")).thenReturn("commentAs=sd-robot");
        action.copyServiceSettings(service);
        assertThat(action.getCommentAs()).isEqualTo("sd-robot");
        assertThat(action.getHandlerParams()).containsEntry("commentAs", "sd-robot");
        MessageHandlerErrorCollector errors = mock(MessageHandlerErrorCollector.class);

        action.validate(errors);
        verify(errors).error("Comment for outside people as: there is no active Jira user sd-robot");

        com.atlassian.jira.user.ApplicationUser robot = io.singlepoint.jira.testing.JiraIssues.user("sd-robot");
        when(users.getUserByName("sd-robot")).thenReturn(robot);
        MessageHandlerErrorCollector fine = mock(MessageHandlerErrorCollector.class);
        action.validate(fine);
        verifyNoInteractions(fine);

        assertThat(MailHandlerConfig.read(Map.of("commentAs", "two words")).problems())
                .containsExactly("commentAs: \"two words\" is not a Jira username (no spaces, commas or =)");
    }
}
