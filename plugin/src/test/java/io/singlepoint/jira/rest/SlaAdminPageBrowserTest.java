package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import io.singlepoint.jira.admin.AdminGate;
import io.singlepoint.jira.admin.SlaAdminServlet;
import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SLA administration page in a real browser: the page as the servlet renders it (the Velocity fixture), its
 * script and styles, a minimal AJS, and the real REST resources over real stores, all served from one JDK HTTP
 * server on 127.0.0.1; headless Chromium loads it and an administrator's clicks are played through the DevTools
 * protocol. Leaves a screenshot in {@code target/sla-admin-page.png}.
 *
 * <p>Needs Chromium ({@code sudo apt-get install chromium}; {@code .ci/run} installs it). Without it the test fails,
 * never skips: a page nobody checked must not pass as checked.
 */
class SlaAdminPageBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PAGE = "/plugins/servlet/singlepoint/slas";
    static final String MISSING_CHROMIUM = "The SLA admin page's browser test needs Chromium and found none on the"
            + " PATH (chromium, chromium-browser, google-chrome). Install it: sudo apt-get install chromium (Debian,"
            + " Ubuntu), or run .ci/run, which installs it; or point -Dsinglepoint.chromium=/path/to/chromium at one.";

    @RegisterExtension
    final ActiveObjectsDatabase database = RestFixture.database();

    private RestFixture jira;
    private HeadlessChromium chromium;

    @BeforeEach
    void jira_serving_the_page_with_a_project_of_four_issues() {
        Path executable = chromium();
        jira = new RestFixture(database.activeObjects());
        Project serviceDesk = jira.project(10000, "SD", "Service Desk <img src=x onerror=\"window.pwned=1\">");
        jira.issue(serviceDesk, 1, "SD-1", "VPN is down <img src=x onerror=\"window.pwned=1\">",
                "2026-03-02T09:00:00Z", "Medium", "2026-03-02T12:00:00Z Open -> Resolved");
        jira.issue(serviceDesk, 2, "SD-2", "Password reset", "2026-03-02T09:00:00Z", "Medium",
                "2026-03-02T09:30:00Z Open -> In Progress", "2026-03-02T10:00:00Z In Progress -> Resolved");
        jira.issue(serviceDesk, 3, "SD-3", "Printer jammed", "2026-03-02T09:00:00Z", "Low",
                "2026-03-02T14:00:00Z Open -> Resolved");
        jira.issue(serviceDesk, 4, "SD-4", "Mail server", "2026-03-02T09:00:00Z", "High",
                "2026-03-02T14:00:00Z Open -> Resolved");
        jira.configs.save(Configs.FOUR_HOURS, "JIRAUSER10000", "Four hours <b>for all</b>",
                Instant.parse("2026-03-01T08:00:00Z"));
        jira.projectSettings.setEnabled(10000, true);
        serve();
        chromium = HeadlessChromium.start(executable);
    }

    @AfterEach
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (jira != null) {
            jira.close();
        }
    }

    @Test
    void validating_lists_problems_next_to_the_editor_and_a_preview_lists_the_issues_that_change() throws IOException {
        chromium.open(jira.uri(PAGE));
        chromium.await("document.getElementById('singlepoint-sla-admin').getAttribute('data-ready')",
                v -> v.asText().equals("true"), WAIT);
        assertThat(chromium.eval("document.getElementById('sp-config').value").asText()).isEqualTo(Configs.FOUR_HOURS);
        assertThat(chromium.eval("document.getElementById('sp-current').textContent").asText())
                .startsWith("Current: version 1, saved by Ann Admin on ").endsWith("Note: Four hours <b>for all</b>");

        // A broken configuration: every problem next to the editor, with its path.
        chromium.eval("document.getElementById('sp-config').value = " + jira.quote(Configs.BROKEN) + ";"
                + "document.getElementById('sp-validate').click()");
        JsonNode problems = chromium.await("Array.from(document.querySelectorAll('#sp-problems li'))"
                + ".map(li => li.textContent)", v -> v.size() > 0, WAIT);
        assertThat(problems).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "slas[0].pause.stauses unknown property (expected statuses)",
                "slas[0].goals[0].target \"four hours\" is not an ISO-8601 duration such as \"PT4H\", \"P3D\" or"
                        + " \"P1DT12H\"",
                "slas[0].goals[0].calendar unknown calendar \"berlin\" (known: 24x7)");
        assertThat(chromium.eval("document.querySelector('#sp-problems .aui-message-error').textContent").asText())
                .isEqualTo("Problems in the configuration: 3");
        assertThat(chromium.eval("document.querySelector('.sp-editor-group').contains("
                + "document.getElementById('sp-problems'))").asBoolean()).isTrue();

        // A preview of a tighter configuration on the project's latest issues.
        chromium.eval("document.getElementById('sp-config').value = " + jira.quote(Configs.TWO_HOURS_BUT_HIGH_A_DAY)
                + "; document.getElementById('sp-preview-project').value = 'SD';"
                + "document.getElementById('sp-preview-issues').value = '10';"
                + "document.getElementById('sp-preview').click()");
        JsonNode toBreached = chromium.await("Array.from(document.querySelectorAll("
                + "'#sp-preview-result tr[data-sla=ttr] .sp-met-to-breached a')).map(a => [a.textContent,"
                + " a.getAttribute('href'), a.title])", v -> v.size() > 0, WAIT);
        assertThat(toBreached).hasSize(1);
        assertThat(toBreached.get(0)).extracting(JsonNode::asText)
                .containsExactly("SD-1", "/browse/SD-1", "VPN is down <img src=x onerror=\"window.pwned=1\">");
        assertThat(chromium.eval("Array.from(document.querySelectorAll("
                + "'#sp-preview-result tr[data-sla=ttr] .sp-breached-to-met a')).map(a => a.textContent)"))
                .extracting(JsonNode::asText).containsExactly("SD-4");
        assertThat(chromium.eval("Array.from(document.querySelectorAll('#sp-preview-result tr[data-sla=ttr] td'))"
                + ".map(td => td.textContent).slice(1, 3)")).extracting(JsonNode::asText)
                .containsExactly("2 \u2192 2", "2 \u2192 2");
        assertThat(chromium.eval("document.querySelector('#sp-preview-result p').textContent").asText())
                .isEqualTo("4 issues of SD replayed.");

        // A project's settings: the pausing statuses of the current configuration, to map to transitions.
        chromium.eval("const select = document.getElementById('sp-project'); select.value = 'SD';"
                + "select.dispatchEvent(new Event('change'))");
        JsonNode pausing = chromium.await("Array.from(document.querySelectorAll('#sp-project-settings"
                + " select.sp-transition')).map(s => s.getAttribute('data-status'))", v -> v.size() > 0, WAIT);
        assertThat(pausing).extracting(JsonNode::asText).containsExactly("Info Requested", "Waiting User Response");
        assertThat(chromium.eval("document.getElementById('sp-answered-reporter').checked").asBoolean()).isTrue();

        // Saving with a note: a new version, and the recalculation it queued, followed as the job advances.
        chromium.eval("document.getElementById('sp-note').value = 'Tighter, but a day for High';"
                + "document.getElementById('sp-save').click()");
        chromium.await("document.getElementById('sp-save-progress') && document.getElementById('sp-save-progress')"
                + ".textContent", v -> v.asText().startsWith("Recalculation"), WAIT);
        assertThat(chromium.eval("document.querySelector('#sp-save-result p').textContent").asText())
                .isEqualTo("Saved as version 2.");
        assertThat(jira.configs.current()).get().satisfies(saved -> {
            assertThat(saved.number()).isEqualTo(2);
            assertThat(saved.note()).isEqualTo("Tighter, but a day for High");
            assertThat(saved.json()).isEqualTo(Configs.TWO_HOURS_BUT_HIGH_A_DAY);
        });
        int task = jira.tasks.latest(1).get(0).id();
        jira.tasks.started(task, 4);
        jira.tasks.progress(task, 3);
        chromium.await("document.getElementById('sp-save-progress').textContent",
                v -> v.asText().equals("Recalculation " + task + ": Running, 3 of 4 issues."), WAIT);

        // Importing a file loads it into the editor.
        Path file = Files.writeString(Files.createTempFile("slas", ".json"), Configs.FOUR_HOURS);
        try {
            JsonNode document = chromium.send("DOM.getDocument", Map.of());
            JsonNode input = chromium.send("DOM.querySelector", Map.of("nodeId",
                    document.path("root").path("nodeId").asInt(), "selector", "#sp-import-file"));
            chromium.send("DOM.setFileInputFiles", Map.of("files", java.util.List.of(file.toString()),
                    "nodeId", input.path("nodeId").asInt()));
            chromium.await("document.getElementById('sp-config').value", v -> v.asText().equals(Configs.FOUR_HOURS),
                    WAIT);
        } finally {
            Files.delete(file);
        }

        // Switching the project's SLAs off: saved, and the recalculation that takes its issues' clocks away shown.
        chromium.eval("document.getElementById('sp-project-enabled').checked = false;"
                + "document.getElementById('sp-project-save').click()");
        JsonNode saved = chromium.await("Array.from(document.querySelectorAll('#sp-project-result p'))"
                + ".map(p => p.textContent)", v -> v.size() == 2, WAIT);
        io.singlepoint.jira.sla.store.RecalcTask off = jira.tasks.latest(1).get(0);
        assertThat(saved).extracting(JsonNode::asText).containsExactly("The settings of SD are saved.",
                "Recalculation " + off.id() + ": Queued, 0 of 0 issues.");
        assertThat(off.jql()).isEqualTo("project = \"SD\"");
        assertThat(off.authorKey()).isEqualTo("JIRAUSER10000");
        assertThat(jira.projectSettings.isEnabled(10000)).isFalse();

        // Hostile values from Jira (a project name, an issue summary, a note) stay text.
        assertThat(chromium.eval("document.querySelectorAll('#singlepoint-sla-admin img').length").asInt()).isZero();
        assertThat(chromium.eval("window.pwned === undefined").asBoolean()).isTrue();
        assertThat(chromium.uncaughtExceptions()).isEmpty();

        chromium.screenshot(Path.of("target", "sla-admin-page.png"));
    }

    static Path chromium() {
        return HeadlessChromium.find().orElseGet(() -> fail(MISSING_CHROMIUM));
    }

    // ---- the test's Jira: page, script, styles, AJS --------------------------------------------------------------

    private void serve() {
        jira.server().createContext(PAGE, exchange -> send(exchange, "text/html", page()));
        jira.server().createContext("/js/sla-admin.js", exchange -> send(exchange, "text/javascript",
                resource("/js/sla-admin.js")));
        jira.server().createContext("/css/singlepoint-sla-admin.css", exchange -> send(exchange, "text/css",
                resource("/css/singlepoint-sla-admin.css")));
        jira.server().createContext("/test/aui-shim.css", exchange -> send(exchange, "text/css",
                resource("/browser/aui-shim.css")));
        jira.server().createContext("/test/ajs.js", exchange -> send(exchange, "text/javascript",
                "window.SINGLEPOINT_TEXTS = " + texts() + ";\n" + resource("/browser/ajs-shim.js")));
    }

    /** The servlet's page with what Jira's admin decorator would add: AUI (here its shim) and the web-resource. */
    private String page() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter html = new StringWriter();
        try {
            when(request.getMethod()).thenReturn("GET");
            when(request.getContextPath()).thenReturn("");
            when(response.getWriter()).thenReturn(new PrintWriter(html));
            AdminGate gate = new AdminGate(jira.salUsers, mock(LoginUriProvider.class), admittingWebSudo(),
                    new BundleI18nResolver(Locale.ENGLISH));
            when(jira.salUsers.getRemoteUserKey(request)).thenReturn(jira.admin.key());
            new SlaAdminServlet(gate, new VelocityTemplateRenderer(), new BundleI18nResolver(Locale.ENGLISH))
                    .service(request, response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return html.toString().replace("</head>", "<link rel=\"stylesheet\" href=\"/test/aui-shim.css\"/>\n"
                + "<link rel=\"stylesheet\" href=\"/css/singlepoint-sla-admin.css\"/>\n"
                + "<script src=\"/test/ajs.js\"></script>\n<script src=\"/js/sla-admin.js\"></script>\n</head>");
    }

    private static WebSudoManager admittingWebSudo() {
        WebSudoManager webSudo = mock(WebSudoManager.class);
        when(webSudo.canExecuteRequest(org.mockito.ArgumentMatchers.any())).thenReturn(true);
        return webSudo;
    }

    /** The English texts, as the jsI18n transformer would take them from the bundle. */
    private static String texts() {
        Properties bundle = new Properties();
        try (InputStream in = SlaAdminPageBrowserTest.class.getResourceAsStream("/i18n/singlepoint.properties")) {
            bundle.load(in);
            Map<String, String> texts = new TreeMap<>();
            bundle.stringPropertyNames().forEach(key -> texts.put(key, bundle.getProperty(key)));
            return new ObjectMapper().writeValueAsString(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SlaAdminPageBrowserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + ";charset=UTF-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
