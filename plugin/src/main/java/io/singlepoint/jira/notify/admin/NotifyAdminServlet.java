package io.singlepoint.jira.notify.admin;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;

import io.singlepoint.jira.admin.AdminGate;
import io.singlepoint.jira.admin.FormToken;
import io.singlepoint.jira.notify.store.IntentStore;
import io.singlepoint.jira.notify.store.SenderStore;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Servlet module {@code /plugins/servlet/singlepoint/notify}: the send log of change notifications (pending, sent,
 * failed with the reason, cancelled; resend) and each project's service desk sender. Administrators only
 * ({@link AdminGate}); a change is a POST carrying the form token kept in the administrator's session.
 */
public final class NotifyAdminServlet extends HttpServlet {

    static final String TEMPLATE = "templates/notify/notify-admin.vm";
    static final int LOG_ROWS = 200;


    private final AdminGate gate;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final IntentStore intents;
    private final SenderStore senders;
    private final ProjectManager projects;
    private final TemplatePreview preview;
    private final Clock clock;

    @Inject
    public NotifyAdminServlet(AdminGate gate, TemplateRenderer renderer, I18nResolver i18n, IntentStore intents,
                              SenderStore senders, ProjectManager projects, TemplatePreview preview) {
        this(gate, renderer, i18n, intents, senders, projects, preview, Clock.systemUTC());
    }

    NotifyAdminServlet(AdminGate gate, TemplateRenderer renderer, I18nResolver i18n, IntentStore intents,
                       SenderStore senders, ProjectManager projects, TemplatePreview preview, Clock clock) {
        this.gate = gate;
        this.renderer = renderer;
        this.i18n = i18n;
        this.intents = intents;
        this.senders = senders;
        this.projects = projects;
        this.preview = preview;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.admit(request, response)) {
            return;
        }
        render(request, response, null, null, Map.of(), null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.admit(request, response)) {
            return;
        }
        if (!FormToken.matches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("singlepoint.notify.admin.badtoken"));
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        if (action.equals("resend")) {
            boolean done = intents.resend(Long.parseLong(request.getParameter("id")),
                    "everyone".equals(request.getParameter("to")), clock.instant());
            render(request, response, done ? i18n.getText("singlepoint.notify.admin.resent") : null,
                    done ? null : i18n.getText("singlepoint.notify.admin.notresent"));
        } else if (action.equals("sender")) {
            Project project = projects.getProjectObjByKey(String.valueOf(request.getParameter("project")));
            if (project == null) {
                render(request, response, null, i18n.getText("singlepoint.notify.admin.noproject",
                        request.getParameter("project")));
                return;
            }
            try {
                senders.save(project.getId(), request.getParameter("address").strip(),
                        blankToNull(request.getParameter("name")), blankToNull(request.getParameter("replyTo")),
                        blankToNull(request.getParameter("rasciField")));
                render(request, response, i18n.getText("singlepoint.notify.admin.saved", project.getKey()), null);
            } catch (IllegalArgumentException | NullPointerException e) {
                render(request, response, null, i18n.getText("singlepoint.notify.admin.badsender", e.getMessage()));
            }
        } else if (action.equals("template") || action.equals("preview")) {
            template(request, response, action.equals("preview"));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** Saves a project's template part, or previews it (unsaved) on one of the project's issues. */
    private void template(HttpServletRequest request, HttpServletResponse response, boolean previewOnly)
            throws IOException {
        Project project = projects.getProjectObjByKey(String.valueOf(request.getParameter("project")));
        Map<String, Object> form = new LinkedHashMap<>();
        for (String field : List.of("project", "name", "language", "part", "source", "issue")) {
            String value = request.getParameter(field);
            form.put(field, value == null ? "" : value);
        }
        if (project == null) {
            render(request, response, null, i18n.getText("singlepoint.notify.admin.noproject",
                    request.getParameter("project")), form, null);
            return;
        }
        String name = (String) form.get("name");
        String language = (String) form.get("language");
        String part = (String) form.get("part");
        String source = (String) form.get("source");
        try {
            if (previewOnly) {
                TemplatePreview.Result result = preview.render(project, (String) form.get("issue"), name, language,
                        part, source);
                render(request, response, null, result.problem(), form, result);
            } else {
                preview.templates().save(project.getId(), name, language, part, source);
                render(request, response, i18n.getText("singlepoint.notify.admin.template.saved",
                        TemplatePreview.fileName(name, language, part)), null, form, null);
            }
        } catch (IllegalArgumentException e) {
            render(request, response, null, i18n.getText("singlepoint.notify.admin.template.bad", e.getMessage()),
                    form, null);
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, String success, String error)
            throws IOException {
        render(request, response, success, error, Map.of(), null);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, String success, String error,
                        Map<String, Object> form, TemplatePreview.Result result) throws IOException {
        String token = FormToken.of(request);
        List<Map<String, Object>> senderRows = new ArrayList<>();
        for (long projectId : senders.projects()) {
            Project project = projects.getProjectObj(projectId);
            if (project == null) {
                continue;
            }
            senders.serviceDesk(projectId).ifPresent(desk -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("project", project.getKey());
                row.put("from", desk.from().toString());
                row.put("replyTo", desk.replyTo().value());
                row.put("rasciField", senders.rasciField(project.getId()).orElse(""));
                senderRows.add(row);
            });
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("i18n", i18n);
        context.put("token", token);
        context.put("rows", NotifyLogRow.of(intents.log(LOG_ROWS)));
        context.put("senders", senderRows);
        context.put("success", success == null ? "" : success);
        context.put("error", error == null ? "" : error);
        context.put("form", form);
        context.put("preview", result == null || result.problem() != null ? Map.of() : result.parts());
        context.put("hasPreview", result != null && result.problem() == null);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
