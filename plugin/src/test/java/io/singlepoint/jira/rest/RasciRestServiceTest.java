package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciJson;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.RasciFieldType;
import io.singlepoint.jira.rasci.RasciForm;
import io.singlepoint.jira.rasci.RasciMessages;
import io.singlepoint.jira.rasci.RasciPeople;
import io.singlepoint.jira.testing.BundleI18nHelper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The RASCI REST answers against Mockito stand-ins of Jira's services. ProjectPermissions' constants are null in
 * the stand-ins, so browse and edit are told apart by the order of the checks: browse first, then edit.
 */
class RasciRestServiceTest {

    private static final String FIELD = "customfield_10100";
    private static final String ANN = "JIRAUSER10100";
    private static final String BOB = "JIRAUSER10200";

    private final IssueManager issues = mock(IssueManager.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final IssueService issueService = mock(IssueService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser ann = user(ANN, "ann", "Ann Archer");
    private final MutableIssue issue = mock(MutableIssue.class);
    private final CustomField field = mock(CustomField.class);
    private final RasciPeople people = new RasciPeople(users);
    private final RasciRestService service = new RasciRestService(issues, fields, permissions, issueService,
            authentication, new RasciForm(people), people, new RasciMessages(people));

    private final RasciAssignment annAccountableBobResponsible = RasciAssignment.of(Map.of(
            RasciRole.ACCOUNTABLE, List.of(Participant.user(ANN)),
            RasciRole.RESPONSIBLE, List.of(Participant.user(BOB))));

    RasciRestServiceTest() {
        user(BOB, "bob", "Bob Baker");
        when(authentication.getLoggedInUser()).thenReturn(ann);
        when(authentication.getI18nHelper()).thenReturn(new BundleI18nHelper(Locale.ENGLISH));
        when(issue.getId()).thenReturn(10001L);
        when(issues.getIssueObject("OPS-1")).thenReturn(issue);
        when(fields.getCustomFieldObject(FIELD)).thenReturn(field);
        when(field.getCustomFieldType()).thenReturn(mock(RasciFieldType.class));
        when(field.getValue(issue)).thenReturn(annAccountableBobResponsible);
    }

    private ApplicationUser user(String key, String name, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        when(user.getDisplayName()).thenReturn(displayName);
        when(user.isActive()).thenReturn(true);
        when(users.getUserByKey(key)).thenReturn(user);
        when(users.getUserByName(name)).thenReturn(user);
        return user;
    }

    /** Browse, then edit: the answers to the permission checks in the order the service asks them. */
    private void mayBrowseAndEdit(boolean browse, boolean edit) {
        when(permissions.hasPermission((ProjectPermissionKey) any(), eq(issue), eq(ann))).thenReturn(browse, edit);
    }

    private static JsonNode json(RestReply reply) throws Exception {
        return new ObjectMapper().readTree(reply.json());
    }

    @Test
    void get_answers_the_value_with_names_to_someone_who_may_browse() throws Exception {
        mayBrowseAndEdit(true, false);

        RestReply reply = service.get("OPS-1", FIELD);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = json(reply);
        assertThat(body.path("value").path("A").get(0).path("user").asText()).isEqualTo(ANN);
        assertThat(body.path("roles").get(1).path("name").asText()).isEqualTo("Accountable");
        assertThat(body.path("roles").get(1).path("people").get(0).path("name").asText()).isEqualTo("Ann Archer");
    }

    @Test
    void an_issue_the_caller_may_not_browse_is_answered_as_missing() throws Exception {
        mayBrowseAndEdit(false, false);

        RestReply reply = service.get("OPS-1", FIELD);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(json(reply).path("error").asText()).isEqualTo("There is no issue OPS-1, or you may not see it.");
    }

    @Test
    void a_field_that_is_not_a_rasci_field_is_missing_and_anonymous_callers_must_log_in() {
        mayBrowseAndEdit(true, true);
        when(field.getCustomFieldType()).thenReturn(null);

        assertThat(service.get("OPS-1", FIELD).status()).isEqualTo(404);
        when(authentication.getLoggedInUser()).thenReturn(null);
        assertThat(service.get("OPS-1", FIELD).status()).isEqualTo(401);
        assertThat(service.validate("{\"v\":1}").status()).isEqualTo(401);
    }

    @Test
    void put_needs_edit_permission() {
        mayBrowseAndEdit(true, false);

        RestReply reply = service.put("OPS-1", FIELD, RasciJson.write(annAccountableBobResponsible));

        assertThat(reply.status()).isEqualTo(403);
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    void put_rejects_a_value_breaking_the_policy_with_every_message_in_the_callers_language() throws Exception {
        mayBrowseAndEdit(true, true);
        when(authentication.getI18nHelper()).thenReturn(new BundleI18nHelper(Locale.GERMAN));

        RestReply reply = service.put("OPS-1", FIELD, "{\"v\":1,\"A\":[{\"group\":\"network-team\"}]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(json(reply).path("problems")).extracting(problem -> problem.path("path").asText())
                .containsExactly("R", "A");
        assertThat(json(reply).path("problems")).extracting(problem -> problem.path("message").asText())
                .containsExactly(
                "Verantwortlich (Durchf\u00fchrung): Diese Rolle muss besetzt sein.",
                "Rechenschaftspflichtig: network-team darf diese Rolle hier nicht innehaben (das Feld erlaubt nur"
                        + " bestimmte Arten von Beteiligten).");
    }

    @Test
    void put_of_something_that_is_not_a_rasci_value_is_a_bad_request() {
        mayBrowseAndEdit(true, true);

        assertThat(service.put("OPS-1", FIELD, "{\"Accountable\":\"ann\"}").status()).isEqualTo(400);
        assertThat(service.put("OPS-1", FIELD, "not json").status()).isEqualTo(400);
    }

    @Test
    void put_edits_the_issue_through_jira_and_answers_the_change_in_words() throws Exception {
        mayBrowseAndEdit(true, true);
        IssueInputParameters input = mock(IssueInputParameters.class);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        IssueService.UpdateValidationResult validation = mock(IssueService.UpdateValidationResult.class);
        when(validation.isValid()).thenReturn(true);
        when(issueService.validateUpdate(ann, 10001L, input)).thenReturn(validation);
        IssueService.IssueResult result = mock(IssueService.IssueResult.class);
        when(result.isValid()).thenReturn(true);
        when(issueService.update(ann, validation)).thenReturn(result);
        RasciAssignment bobAccountable = annAccountableBobResponsible
                .withRole(RasciRole.ACCOUNTABLE, List.of(Participant.user(BOB)));

        RestReply reply = service.put("OPS-1", FIELD, RasciJson.write(bobAccountable));

        assertThat(reply.status()).isEqualTo(200);
        verify(input).addCustomFieldValue(FIELD, RasciJson.write(bobAccountable));
        assertThat(json(reply).path("changes").asText()).isEqualTo("Accountable: Ann Archer \u2192 Bob Baker");
    }

    @Test
    void put_reports_what_jiras_own_validation_rejects() throws Exception {
        mayBrowseAndEdit(true, true);
        IssueInputParameters input = mock(IssueInputParameters.class);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        IssueService.UpdateValidationResult validation = mock(IssueService.UpdateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of(FIELD, "Responsible: there is no user \"zed\"."));
        when(errors.getErrorMessages()).thenReturn(List.of());
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);
        when(issueService.validateUpdate(ann, 10001L, input)).thenReturn(validation);

        RestReply reply = service.put("OPS-1", FIELD, RasciJson.write(annAccountableBobResponsible));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(json(reply).path("problems").get(0).path("path").asText()).isEqualTo(FIELD);
        assertThat(json(reply).path("problems").get(0).path("message").asText())
                .isEqualTo("Responsible: there is no user \"zed\".");
        verify(issueService, never()).update(any(), any());
    }

    @Test
    void validate_answers_valid_or_every_problem() throws Exception {
        JsonNode good = json(service.validate(RasciJson.write(annAccountableBobResponsible)));
        JsonNode bad = json(service.validate("{\"v\":1,\"R\":[{\"user\":\"" + BOB + "\"}]}"));

        assertThat(good.path("valid").asBoolean()).isTrue();
        assertThat(good.path("problems")).isEmpty();
        assertThat(bad.path("valid").asBoolean()).isFalse();
        assertThat(bad.path("problems").get(0).path("message").asText())
                .isEqualTo("Accountable: someone must hold this role.");
        assertThat(bad.path("problems").get(0).path("path").asText()).isEqualTo("A");
    }

    @Test
    void validate_and_put_follow_the_policy_of_the_field_named() throws Exception {
        RasciPolicy noAccountableNeeded = new RasciPolicy(Map.of(RasciRole.ACCOUNTABLE,
                new RasciPolicy.RoleRule(0, 1, java.util.EnumSet.of(Participant.Kind.USER))));
        RasciRestService lenient = new RasciRestService(issues, fields, permissions, issueService, authentication,
                new RasciForm(people, field -> FIELD.equals(field) ? noAccountableNeeded : RasciPolicy.DEFAULT),
                people, new RasciMessages(people));
        String bobResponsible = "{\"v\":1,\"R\":[{\"user\":\"" + BOB + "\"}]}";

        assertThat(json(lenient.validate(bobResponsible, FIELD)).path("valid").asBoolean()).isTrue();
        assertThat(json(lenient.validate(bobResponsible, "")).path("valid").asBoolean()).isFalse();
        assertThat(lenient.validate(bobResponsible, "customfield_99999").status()).isEqualTo(404);
        mayBrowseAndEdit(true, true);
        RestReply refused = service.put("OPS-1", FIELD, bobResponsible);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(json(refused).path("problems").get(0).path("path").asText()).isEqualTo("A");
        verify(issueService, never()).validateUpdate(any(), any(), any());

        mayBrowseAndEdit(true, true);
        IssueInputParameters input = mock(IssueInputParameters.class);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        IssueService.UpdateValidationResult validation = mock(IssueService.UpdateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of());
        when(errors.getErrorMessages()).thenReturn(List.of("stop here"));
        when(validation.getErrorCollection()).thenReturn(errors);
        when(issueService.validateUpdate(ann, 10001L, input)).thenReturn(validation);
        RestReply passed = lenient.put("OPS-1", FIELD, bobResponsible);
        assertThat(json(passed).path("problems").get(0).path("message").asText()).isEqualTo("stop here");
        verify(input).addCustomFieldValue(FIELD, bobResponsible);
    }
}
