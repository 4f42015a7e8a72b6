package io.singlepoint.jira.admin;

import java.io.IOException;
import java.util.Map;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Servlet module {@code /plugins/servlet/singlepoint/admin}: SinglePoint's administration overview, also the
 * app's "Configure" link in Manage apps. Administrators only ({@link AdminGate}); it changes nothing.
 */
public final class AdminOverviewServlet extends HttpServlet {

    static final String TEMPLATE = "templates/admin/admin-overview.vm";

    private final AdminGate gate;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final AdminOverviewView view = BuildInfo.read();

    @Inject
    public AdminOverviewServlet(AdminGate gate, TemplateRenderer renderer, I18nResolver i18n) {
        this.gate = gate;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.admit(request, response)) {
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, Map.of("view", view, "i18n", i18n), response.getWriter());
    }
}
