package io.singlepoint.jira.admin;

import java.io.IOException;
import java.util.Map;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;

import io.singlepoint.jira.rest.SlaPreviewResource;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Servlet module {@code /plugins/servlet/singlepoint/slas}: the SLA administration page (Administration → Manage
 * apps → SinglePoint → SLAs). Administrators only ({@link AdminGate}). It renders the page's frame; its script
 * ({@code js/sla-admin.js}) does everything through the REST API, which checks permissions again on every call.
 */
public final class SlaAdminServlet extends HttpServlet {

    static final String TEMPLATE = "templates/sla/sla-admin-page.vm";
    static final int PREVIEW_ISSUES = 100;

    private final AdminGate gate;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;

    @Inject
    public SlaAdminServlet(AdminGate gate, TemplateRenderer renderer, I18nResolver i18n) {
        this.gate = gate;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.admit(request, response)) {
            return;
        }
        SlaAdminView view = new SlaAdminView(request.getContextPath(), SlaPreviewResource.MAX_ISSUES, PREVIEW_ISSUES);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, Map.of("view", view, "i18n", i18n), response.getWriter());
    }
}
