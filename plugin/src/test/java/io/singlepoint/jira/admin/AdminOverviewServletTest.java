package io.singlepoint.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class AdminOverviewServletTest {

    private final AdminGate gate = mock(AdminGate.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter page = new StringWriter();

    @Test
    void an_administrator_sees_the_version_and_the_jira_line_of_this_jar() throws Exception {
        String html = render(Locale.ENGLISH);

        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(html)
                .contains("<meta name=\"decorator\" content=\"atl.admin\"/>")
                .contains("<h1>SinglePoint for Jira</h1>")
                .contains("<td>" + System.getProperty("singlepoint.version") + "</td>")
                .contains("<td>Jira 11 Data Center</td>")
                .doesNotContain("$i18n").doesNotContain("$view");
    }

    @Test
    void the_page_speaks_the_language_of_the_administrator() throws Exception {
        String html = render(Locale.GERMAN);

        assertThat(html).contains("<th scope=\"row\">Gebaut f&uuml;r</th>").contains("Was SinglePoint hinzuf&uuml;gt");
    }

    @Test
    void nothing_is_rendered_for_whom_the_gate_refuses() throws Exception {
        when(gate.admit(request, response)).thenReturn(false);

        new AdminOverviewServlet(gate, new VelocityTemplateRenderer(), new BundleI18nResolver(Locale.ENGLISH))
                .doGet(request, response);

        assertThat(page.toString()).isEmpty();
    }

    private String render(Locale locale) throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        when(response.getWriter()).thenReturn(new PrintWriter(page));

        new AdminOverviewServlet(gate, new VelocityTemplateRenderer(), new BundleI18nResolver(locale))
                .doGet(request, response);
        return page.toString();
    }
}
