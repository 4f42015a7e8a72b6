package io.singlepoint.jira.rest;

import java.util.List;
import java.util.Optional;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciJson;
import io.singlepoint.jira.rasci.Person;
import io.singlepoint.jira.rasci.RasciFieldType;
import io.singlepoint.jira.rasci.RasciForm;
import io.singlepoint.jira.rasci.RasciHistory;
import io.singlepoint.jira.rasci.RasciMessages;
import io.singlepoint.jira.rasci.RasciPeople;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@link RasciResource} answers, in plain values: an issue's RASCI value (browse permission), a new value
 * (edit permission, the policy, and Jira's own edit validation through {@link IssueService}, so that the change
 * history records it), and a check of a value. Errors come in the caller's language. An issue the caller may not
 * see is answered like one that does not exist.
 */
@Named
public final class RasciRestService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IssueManager issues;
    private final CustomFieldManager fields;
    private final PermissionManager permissions;
    private final IssueService issueService;
    private final JiraAuthenticationContext authentication;
    private final RasciForm form;
    private final RasciPeople people;
    private final RasciMessages messages;

    @Inject
    public RasciRestService(IssueManager issues, CustomFieldManager fields, PermissionManager permissions,
                            IssueService issueService, JiraAuthenticationContext authentication, RasciForm form,
                            RasciPeople people, RasciMessages messages) {
        this.issues = issues;
        this.fields = fields;
        this.permissions = permissions;
        this.issueService = issueService;
        this.authentication = authentication;
        this.form = form;
        this.people = people;
        this.messages = messages;
    }

    /** The value of {@code fieldId} on {@code issueKey}: 200, or 401, 404. */
    public RestReply get(String issueKey, String fieldId) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return error(401, "singlepoint.rasci.rest.error.login");
        }
        MutableIssue issue = issues.getIssueObject(issueKey);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return error(404, "singlepoint.rasci.rest.error.issue", issueKey);
        }
        Optional<CustomField> field = rasciField(fieldId);
        if (field.isEmpty()) {
            return error(404, "singlepoint.rasci.rest.error.field", fieldId);
        }
        return new RestReply(200, value(issueKey, fieldId, current(field.get(), issue)).toString());
    }

    /**
     * Sets the value of {@code fieldId} on {@code issueKey} to {@code body} (the stored form,
     * {@code {"v":1,"A":[{"user":"JIRAUSER10100"}]}}): 200 with the new value and the change in words, or 400 with
     * every problem, 401, 403, 404.
     */
    public RestReply put(String issueKey, String fieldId, String body) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return error(401, "singlepoint.rasci.rest.error.login");
        }
        MutableIssue issue = issues.getIssueObject(issueKey);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return error(404, "singlepoint.rasci.rest.error.issue", issueKey);
        }
        Optional<CustomField> field = rasciField(fieldId);
        if (field.isEmpty()) {
            return error(404, "singlepoint.rasci.rest.error.field", fieldId);
        }
        if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            return error(403, "singlepoint.rasci.rest.error.edit", issueKey);
        }
        Optional<RasciAssignment> proposed = read(body);
        if (proposed.isEmpty()) {
            return error(400, "singlepoint.rasci.rest.error.json");
        }
        List<Violation> violations = form.check(proposed.get(), fieldId);
        if (!violations.isEmpty()) {
            return invalid(problems(violations));
        }
        RasciAssignment before = current(field.get(), issue);
        IssueInputParameters input = issueService.newIssueInputParameters();
        // The stored form under the field's own key; the field type reads it (an empty value clears the field).
        input.addCustomFieldValue(fieldId, RasciJson.write(proposed.get()));
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(user, issue.getId(), input);
        if (!validation.isValid()) {
            return invalid(errors(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issueService.update(user, validation);
        if (!result.isValid()) {
            return invalid(errors(result.getErrorCollection()));
        }
        ObjectNode answer = value(issueKey, fieldId, proposed.get());
        answer.put("changes", RasciHistory.change(before, proposed.get(), people, i18n()));
        return new RestReply(200, answer.toString());
    }

    /** {@link #validate(String, String)} against the default policy. */
    public RestReply validate(String body) {
        return validate(body, null);
    }

    /**
     * Checks {@code body} against the policy of {@code fieldId} (a RASCI field's id; {@code null} or empty for the
     * default policy): 200 with {@code valid} and every problem, or 404 for a field that is not a RASCI field.
     */
    public RestReply validate(String body, String fieldId) {
        if (authentication.getLoggedInUser() == null) {
            return error(401, "singlepoint.rasci.rest.error.login");
        }
        Optional<RasciAssignment> proposed = read(body);
        if (proposed.isEmpty()) {
            return error(400, "singlepoint.rasci.rest.error.json");
        }
        String field = fieldId == null || fieldId.isBlank() ? null : fieldId.strip();
        if (field != null && rasciField(field).isEmpty()) {
            return error(404, "singlepoint.rasci.rest.error.field", field);
        }
        ArrayNode problems = problems(form.check(proposed.get(), field));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("valid", problems.isEmpty());
        answer.set("problems", problems);
        return new RestReply(200, answer.toString());
    }

    private Optional<CustomField> rasciField(String fieldId) {
        CustomField field = fields.getCustomFieldObject(fieldId);
        return field != null && field.getCustomFieldType() instanceof RasciFieldType ? Optional.of(field)
                : Optional.empty();
    }

    private static RasciAssignment current(CustomField field, MutableIssue issue) {
        return field.getValue(issue) instanceof RasciAssignment assignment ? assignment : RasciAssignment.EMPTY;
    }

    private static Optional<RasciAssignment> read(String body) {
        try {
            return Optional.of(RasciJson.read(body == null ? "" : body));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the caller gets the expected form in their language
        }
    }

    /** {@code {"issue", "field", "value": stored form, "roles": [{"role", "name", "people": [...]}]}} */
    private ObjectNode value(String issueKey, String fieldId, RasciAssignment assignment) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("issue", issueKey);
        answer.put("field", fieldId);
        answer.putRawValue("value", new com.fasterxml.jackson.databind.util.RawValue(RasciJson.write(assignment)));
        ArrayNode roles = answer.putArray("roles");
        assignment.roles().forEach((role, participants) -> {
            ObjectNode node = roles.addObject();
            node.put("role", String.valueOf(role.letter()));
            node.put("name", i18n().getText(role.i18nKey()));
            ArrayNode list = node.putArray("people");
            participants.forEach(participant -> {
                Person person = people.show(participant);
                list.addObject()
                        .put("kind", participant.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .put("value", participant.value())
                        .put("name", person.name())
                        .put("typed", person.typed())
                        .put("gone", person.isGone());
            });
        });
        return answer;
    }

    /** 400 {@code {"error": summary, "problems": [{"path", "message"}]}}, as the other SinglePoint resources answer. */
    private RestReply invalid(ArrayNode problems) {
        ObjectNode answer = JSON.createObjectNode().put("error", i18n().getText("singlepoint.rasci.rest.error.invalid"));
        answer.set("problems", problems);
        return new RestReply(400, answer.toString());
    }

    /** Each violation with its role's letter as path. */
    private ArrayNode problems(List<Violation> violations) {
        ArrayNode problems = JSON.createArrayNode();
        for (Violation violation : violations) {
            Object first = violation.arguments().isEmpty() ? null : violation.arguments().get(0);
            problems.addObject()
                    .put("path", first instanceof io.singlepoint.core.rasci.RasciRole role
                            ? String.valueOf(role.letter()) : "")
                    .put("message", messages.text(violation, i18n()));
        }
        return problems;
    }

    /** Jira's errors: per field, with the field's id as path, then the general ones. */
    private static ArrayNode errors(ErrorCollection errors) {
        ArrayNode problems = JSON.createArrayNode();
        errors.getErrors().forEach((path, message) -> problems.addObject().put("path", path).put("message", message));
        errors.getErrorMessages().forEach(message -> problems.addObject().put("path", "").put("message", message));
        return problems;
    }

    /** {@code {"error": message}} with {@code status}. */
    private RestReply error(int status, String key, Object... arguments) {
        String message = arguments.length == 0 ? i18n().getText(key) : i18n().getText(key, arguments);
        return new RestReply(status, JSON.createObjectNode().put("error", message).toString());
    }

    private I18nHelper i18n() {
        return authentication.getI18nHelper();
    }
}
