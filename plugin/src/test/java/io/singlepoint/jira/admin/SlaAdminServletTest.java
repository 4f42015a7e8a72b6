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

class SlaAdminServletTest {

    private final AdminGate gate = mock(AdminGate.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter page = new StringWriter();

    @Test
    void an_administrator_gets_the_page_in_the_admin_decorator_wired_to_the_rest_api() throws Exception {
        String html = render(Locale.ENGLISH, "/jira");

        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(html)
                .contains("<meta name=\"decorator\" content=\"atl.admin\"/>")
                .contains("<meta name=\"admin.active.tab\" content=\"singlepoint-sla-admin-link\"/>")
                .contains("data-rest-base=\"/jira/rest/singlepoint/1.0\"")
                .contains("data-browse-base=\"/jira/browse/\"")
                .contains("data-max-issues=\"500\"")
                .contains("<h1>SLAs</h1>")
                .contains(">Validate</button>")
                .contains("<label for=\"sp-preview-issues\">Latest issues (at most 500)</label>")
                .contains("value=\"100\"")
                .doesNotContain("$i18n").doesNotContain("$view");
    }

    @Test
    void the_page_speaks_the_language_of_the_administrator() throws Exception {
        String html = render(Locale.GERMAN, "");

        assertThat(html)
                .contains(">Pr&uuml;fen</button>")
                .contains("Als neue Version speichern")
                .contains("<h2>Versionsverlauf</h2>")
                .contains("data-rest-base=\"/rest/singlepoint/1.0\"");
    }

    @Test
    void a_hostile_context_path_is_written_as_text() throws Exception {
        String html = render(Locale.ENGLISH, "/\"><script>alert(1)</script>");

        assertThat(html)
                .doesNotContain("<script>alert(1)</script>")
                .contains("data-rest-base=\"/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;/rest/singlepoint/1.0\"");
    }

    @Test
    void every_text_the_page_shows_exists_in_english_and_german() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            page.getBuffer().setLength(0);
            // BundleI18nResolver fails on a key that has no text.
            assertThat(render(locale, "")).contains("</html>");
        }
    }

    @Test
    void nothing_is_rendered_for_whom_the_gate_refuses() throws Exception {
        when(gate.admit(request, response)).thenReturn(false);

        new SlaAdminServlet(gate, new VelocityTemplateRenderer(), new BundleI18nResolver(Locale.ENGLISH))
                .doGet(request, response);

        assertThat(page.toString()).isEmpty();
        verify(gate).admit(request, response);
    }

    private String render(Locale locale, String contextPath) throws Exception {
        when(gate.admit(request, response)).thenReturn(true);
        when(request.getContextPath()).thenReturn(contextPath);
        when(response.getWriter()).thenReturn(new PrintWriter(page));

        new SlaAdminServlet(gate, new VelocityTemplateRenderer(), new BundleI18nResolver(locale))
                .doGet(request, response);
        return page.toString();
    }
}
