package io.singlepoint.jira.rasci.admin;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.templaterenderer.TemplateRenderer;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciPolicy.RoleRule;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.admin.AdminGate;
import io.singlepoint.jira.admin.FormToken;
import io.singlepoint.jira.rasci.RasciDefaultsStore;
import io.singlepoint.jira.rasci.RasciDefaultsStore.Rule;
import io.singlepoint.jira.rasci.RasciFieldType;
import io.singlepoint.jira.rasci.RasciPolicyStore;
import io.singlepoint.jira.rasci.RasciRebuild;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Servlet module {@code /plugins/servlet/singlepoint/rasci-defaults}: the RASCI defaults per project and issue
 * type. Administrators only ({@link AdminGate}, for every GET and POST). POST {@code action=save} stores a rule
 * (replacing one for the same field, project and type) and {@code action=delete} removes one; after either, the page
 * is shown again with what was wrong, or the rules as saved. {@code action=policy-save} stores a field's own policy
 * ({@link RasciPolicyForm}) and {@code action=policy-reset} puts the field back on the default policy;
 * {@code action=rebuild} starts the search table's rebuild ({@link RasciRebuild}), whose progress the page shows.
 */
public final class RasciDefaultsServlet extends HttpServlet {

    static final String TEMPLATE = "templates/rasci/rasci-defaults-admin.vm";

    private final AdminGate gate;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final RasciDefaultsStore store;
    private final RasciDefaultsForm form;
    private final ProjectManager projects;
    private final CustomFieldManager fields;
    private final RasciPolicyStore policies;
    private final RasciRebuild rebuild;
    private final JiraAuthenticationContext authentication;

    @Inject
    public RasciDefaultsServlet(AdminGate gate, TemplateRenderer renderer, I18nResolver i18n, RasciDefaultsStore store,
                                RasciDefaultsForm form, ProjectManager projects, CustomFieldManager fields,
                                RasciPolicyStore policies, RasciRebuild rebuild,
                                JiraAuthenticationContext authentication) {
        this.gate = gate;
        this.renderer = renderer;
        this.i18n = i18n;
        this.store = store;
        this.form = form;
        this.projects = projects;
        this.fields = fields;
        this.policies = policies;
        this.rebuild = rebuild;
        this.authentication = authentication;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (gate.admit(request, response)) {
            render(request, response, List.of(), Map.of(), false);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.admit(request, response)) {
            return;
        }
        if (!FormToken.matches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("singlepoint.rasci.defaults.badtoken"));
            return;
        }
        String action = request.getParameter("action");
        if ("rebuild".equals(action)) {
            List<String> problems = new ArrayList<>();
            try {
                if (!rebuild.start(authentication.getLoggedInUser())) {
                    problems.add(i18n.getText("singlepoint.rasci.rebuild.busy"));
                }
            } catch (SchedulerServiceException e) {
                problems.add(i18n.getText("singlepoint.rasci.rebuild.unscheduled", String.valueOf(e.getMessage())));
            }
            render(request, response, problems, Map.of(), false);
            return;
        }
        if ("policy-save".equals(action) || "policy-reset".equals(action)) {
            policy(request, response, action);
            return;
        }
        Map<String, String> submitted = new HashMap<>();
        for (String input : List.of("field", "project", "type", "R", "A", "S", "C", "I")) {
            String value = request.getParameter(input);
            submitted.put(input, value == null ? "" : value.strip());
        }
        if ("delete".equals(request.getParameter("action"))) {
            try {
                store.remove(submitted.get("field"), Long.parseLong(submitted.get("project")), type(submitted));
                render(request, response, List.of(), Map.of(), true);
            } catch (NumberFormatException e) {
                render(request, response, List.of(i18n.getText("singlepoint.rasci.defaults.error.project",
                        submitted.get("project"))), Map.of(), false);
            }
            return;
        }
        List<String> problems = new ArrayList<>();
        CustomField field = fields.getCustomFieldObject(submitted.get("field"));
        if (field == null || !(field.getCustomFieldType() instanceof RasciFieldType)) {
            problems.add(i18n.getText("singlepoint.rasci.defaults.error.field", submitted.get("field")));
        }
        Project project = projects.getProjectObjByKey(submitted.get("project"));
        if (project == null) {
            problems.add(i18n.getText("singlepoint.rasci.defaults.error.project", submitted.get("project")));
        }
        Map<RasciRole, String> typed = new EnumMap<>(RasciRole.class);
        for (RasciRole role : RasciRole.values()) {
            typed.put(role, submitted.get(String.valueOf(role.letter())));
        }
        RasciDefaultsForm.Reading reading = form.read(typed);
        reading.problems().forEach(violation -> problems.add(text(violation)));
        if (problems.isEmpty()) {
            store.save(new Rule(field.getId(), project.getId(), type(submitted), reading.defaults()));
            render(request, response, List.of(), Map.of(), true);
        } else {
            render(request, response, problems, submitted, false);
        }
    }

    /** {@code policy-save}: the field's own policy from the form; {@code policy-reset}: back to the default. */
    private void policy(HttpServletRequest request, HttpServletResponse response, String action) throws IOException {
        String fieldId = request.getParameter("policy-field") == null ? "" : request.getParameter("policy-field").strip();
        List<String> problems = new ArrayList<>();
        CustomField field = fields.getCustomFieldObject(fieldId);
        if (field == null || !(field.getCustomFieldType() instanceof RasciFieldType)) {
            problems.add(i18n.getText("singlepoint.rasci.defaults.error.field", fieldId));
        }
        if ("policy-reset".equals(action)) {
            policies.remove(fieldId);
            render(request, response, List.of(), Map.of(), true);
            return;
        }
        RasciPolicyForm.Reading reading = RasciPolicyForm.read(request::getParameter, request::getParameterValues);
        reading.problems().forEach(violation -> problems.add(text(violation)));
        if (problems.isEmpty()) {
            policies.save(field.getId(), reading.policy());
            render(request, response, List.of(), Map.of(), true);
            return;
        }
        Map<String, String> values = new HashMap<>();
        values.put("policy-field", fieldId);
        for (RasciRole role : RasciRole.values()) {
            for (String input : List.of("min-", "max-")) {
                String value = request.getParameter(input + role.letter());
                values.put(input + role.letter(), value == null ? "" : value.strip());
            }
            String[] kinds = request.getParameterValues("kinds-" + role.letter());
            values.put("kinds-" + role.letter(), kinds == null ? "" : String.join(",", kinds));
        }
        render(request, response, problems, values, false);
    }

    /** One line per role of a field's own policy: "Accountable: at least 1, at most 1; users". */
    private List<String> lines(RasciPolicy policy) {
        List<String> lines = new ArrayList<>();
        for (RasciRole role : RasciRole.values()) {
            RoleRule rule = policy.rule(role);
            String kinds = rule.kinds().stream()
                    .map(kind -> i18n.getText("singlepoint.rasci.policy.kind." + kind.name().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining(", "));
            lines.add(i18n.getText("singlepoint.rasci.policy.row", i18n.getText(role.i18nKey()),
                    String.valueOf(rule.min()), rule.max() == RoleRule.UNLIMITED
                            ? i18n.getText("singlepoint.rasci.policy.unlimited") : String.valueOf(rule.max()), kinds));
        }
        return lines;
    }

    /**
     * The last rebuild in words: "Running: 200 of 1000 issues rewritten."; empty if none ran. Arguments: done, total,
     * message, and the minutes without progress after which a rebuild counts as interrupted.
     */
    private String rebuildState() {
        return rebuild.state().map(state -> i18n.getText("singlepoint.rasci.rebuild.state."
                        + state.status().name().toLowerCase(Locale.ROOT), String.valueOf(state.done()),
                String.valueOf(state.total()), state.message(),
                String.valueOf(RasciRebuild.LEASE.toMinutes()))).orElse("");
    }

    private static String type(Map<String, String> submitted) {
        String type = submitted.get("type");
        return type.isEmpty() ? RasciDefaultsStore.ANY_TYPE : type;
    }

    private String text(Violation violation) {
        Serializable[] arguments = violation.arguments().stream()
                .map(argument -> argument instanceof RasciRole role ? i18n.getText(role.i18nKey())
                        : String.valueOf(argument))
                .toArray(Serializable[]::new);
        return i18n.getText(violation.i18nKey(), arguments);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, List<String> problems,
                        Map<String, String> values,
                        boolean saved) throws IOException {
        List<RasciDefaultsRow> rows = new ArrayList<>();
        for (Rule rule : store.all()) {
            CustomField field = fields.getCustomFieldObject(rule.fieldId());
            Project project = projects.getProjectObj(rule.projectId());
            List<String> roles = new ArrayList<>();
            rule.defaults().sources().forEach((role, sources) ->
                    roles.add(i18n.getText(role.i18nKey()) + ": " + form.typed(sources)));
            rows.add(new RasciDefaultsRow(rule.fieldId(), field == null ? rule.fieldId() : field.getName(),
                    rule.projectId(), project == null ? String.valueOf(rule.projectId()) : project.getKey(),
                    rule.issueTypeId(), roles));
        }
        List<RasciPolicyRow> policyRows = new ArrayList<>();
        policies.all().forEach((fieldId, policy) -> {
            CustomField field = fields.getCustomFieldObject(fieldId);
            policyRows.add(new RasciPolicyRow(fieldId, field == null ? fieldId : field.getName(), lines(policy)));
        });
        Map<String, String> form = new HashMap<>(values);
        if (!form.containsKey("policy-field")) {
            form.putAll(RasciPolicyForm.values(RasciPolicy.DEFAULT)); // the default as the starting point
        }
        response.setContentType("text/html;charset=UTF-8");
        // The picker suggests groups where the policy of the field named in the form lets them hold a role.
        String pickerField = form.getOrDefault("field", "");
        renderer.render(TEMPLATE, Map.of("view", new RasciDefaultsView(rows, problems, form, saved, policyRows,
                rebuildState(), pickerField.isBlank() ? RasciPolicy.DEFAULT : policies.policy(pickerField.strip())),
                "i18n", i18n, "token", FormToken.of(request),
                "contextPath", request.getContextPath() == null ? "" : request.getContextPath()), response.getWriter());
    }
}
