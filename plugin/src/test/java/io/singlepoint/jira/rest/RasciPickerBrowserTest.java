package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.util.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.jira.rasci.RasciFieldType;
import io.singlepoint.jira.rasci.RasciFieldView;
import io.singlepoint.jira.rasci.RasciPeople;
import io.singlepoint.jira.rasci.admin.RasciDefaultsView;
import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.jira.testing.BundleI18nHelper;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The RASCI role inputs' user and group picker in a real browser. The field's edit template on the real Velocity
 * engine (as {@code RasciTemplatesTest} renders it), loaded into the page by AJAX after the script like a quick edit
 * dialog, with a minimal AJS; and the RASCI defaults page's template without AJS. Both with the picker's script and
 * styles and a fake of Jira's two picker resources ({@code /rest/api/2/user/picker}, {@code /rest/api/2/groups/picker})
 * under the context path {@code /jira}, served from one JDK HTTP server; headless Chromium types and presses keys
 * through the DevTools protocol. Leaves a screenshot in {@code target/rasci-picker.png}.
 *
 * <p>Needs Chromium, like {@link SlaAdminPageBrowserTest}: without it the test fails, never skips.
 */
class RasciPickerBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PAGE = "/jira/browse/SD-1";
    private static final String DIALOG = "/jira/secure/QuickEditIssue!default.jspa";
    private static final String DEFAULTS = "/jira/plugins/servlet/singlepoint/rasci-defaults";
    private static final String HOSTILE = "Anton <img src=x onerror=\"window.pwned=1\">";
    static final String MISSING_CHROMIUM = "The RASCI picker's browser test needs Chromium and found none on the"
            + " PATH (chromium, chromium-browser, google-chrome). Install it: sudo apt-get install chromium (Debian,"
            + " Ubuntu), or run .ci/run, which installs it; or point -Dsinglepoint.chromium=/path/to/chromium at one.";

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger userRequests = new AtomicInteger();
    private final AtomicInteger groupRequests = new AtomicInteger();
    private HttpServer server;
    private HeadlessChromium chromium;

    @BeforeEach
    void jira_serving_the_edit_form() throws IOException {
        Path executable = HeadlessChromium.find().orElseGet(() -> fail(MISSING_CHROMIUM));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext(PAGE, exchange -> send(exchange, 200, "text/html", page()));
        server.createContext(DIALOG, exchange -> send(exchange, 200, "text/html", form()));
        server.createContext(DEFAULTS, exchange -> send(exchange, 200, "text/html", defaultsPage()));
        server.createContext("/jira/rest/api/2/user/picker", this::users);
        server.createContext("/jira/rest/api/2/groups/picker", this::groups);
        server.createContext("/js/rasci-picker.js", exchange -> send(exchange, 200, "text/javascript",
                resource("/js/rasci-picker.js")));
        server.createContext("/css/singlepoint-rasci-picker.css", exchange -> send(exchange, 200, "text/css",
                resource("/css/singlepoint-rasci-picker.css")));
        server.createContext("/test/aui-shim.css", exchange -> send(exchange, 200, "text/css",
                resource("/browser/aui-shim.css")));
        server.start();
        chromium = HeadlessChromium.start(executable);
    }

    @AfterEach
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            Thread stopping = new Thread(() -> {
                server.stop(0);
                ((ExecutorService) server.getExecutor()).shutdownNow();
            }, "rasci-picker-server-stop");
            stopping.setDaemon(true);
            stopping.start();
        }
    }

    @Test
    void in_a_form_loaded_later_typing_suggests_users_and_groups_as_text_and_the_keyboard_picks_one() throws IOException {
        chromium.open(uri(PAGE));
        chromium.await("document.readyState === 'complete' && document.getElementById('customfield_10100-R') !== null",
                JsonNode::asBoolean, WAIT);

        // Responsible may hold groups: users and groups, the hostile display name as text.
        type("R", "mallory, an");
        assertThat(awaitSuggestions("R")).containsExactly("Ann Archer (ann)", HOSTILE + " (anton)",
                "analysts group");
        assertThat(attribute("R", "role")).isEqualTo("combobox");
        assertThat(attribute("R", "aria-expanded")).isEqualTo("true");
        assertThat(chromium.eval("document.querySelector('[role=listbox]').getAttribute('aria-label')").asText())
                .isEqualTo("Suggested users and groups");
        assertThat(chromium.eval("document.querySelectorAll('img').length").asInt()).isZero();
        chromium.screenshot(Path.of("target", "rasci-picker.png"));

        // Down three times, Enter: the group replaces the word being typed, followed by a comma.
        key("ArrowDown", 40);
        key("ArrowDown", 40);
        key("ArrowDown", 40);
        String active = attribute("R", "aria-activedescendant");
        assertThat(chromium.eval("document.getElementById('" + active + "').textContent").asText())
                .isEqualTo("analysts group");
        assertThat(chromium.eval("document.getElementById('" + active + "').getAttribute('aria-selected')")
                .asText()).isEqualTo("true");
        enter();
        assertThat(value("R")).isEqualTo("mallory, group:analysts, ");
        assertThat(attribute("R", "aria-expanded")).isEqualTo("false");
        assertThat(chromium.eval("document.querySelectorAll('[role=listbox]').length").asInt()).isZero();

        // Typing goes on after the comma; Up from the top wraps to the last.
        type("R", "b");
        assertThat(awaitSuggestions("R")).containsExactly("Bob Baker (bob)");
        key("ArrowUp", 38);
        enter();
        assertThat(value("R")).isEqualTo("mallory, group:analysts, bob, ");

        // Accountable may not hold groups: users only, and Jira's groups are not even asked.
        int groupsAsked = groupRequests.get();
        type("A", "an");
        assertThat(awaitSuggestions("A")).containsExactly("Ann Archer (ann)", HOSTILE + " (anton)");
        assertThat(attribute("A", "data-rasci-groups")).isEqualTo("false");
        key("Escape", 27);
        assertThat(chromium.eval("document.querySelectorAll('[role=listbox]').length").asInt()).isZero();
        assertThat(value("A")).isEqualTo("an");
        chromium.eval("document.getElementById('customfield_10100-A').select()");
        type("A", "group:an");
        pause(600);
        assertThat(chromium.eval("document.querySelectorAll('[role=listbox]').length").asInt()).isZero();
        assertThat(groupRequests.get()).isEqualTo(groupsAsked);

        // A failed request shows nothing and breaks nothing.
        type("S", "fail");
        pause(600);
        assertThat(chromium.eval("document.querySelectorAll('[role=listbox]').length").asInt()).isZero();
        assertThat(value("S")).isEqualTo("fail");

        // A slow answer to an older word never replaces the suggestions for the newer one.
        type("C", "slow");
        pause(350);
        chromium.eval("document.getElementById('customfield_10100-C').select()");
        type("C", "bob");
        assertThat(awaitSuggestions("C")).containsExactly("Bob Baker (bob)");
        pause(900);
        assertThat(suggestions("C")).containsExactly("Bob Baker (bob)");

        assertThat(chromium.eval("window.pwned === undefined").asBoolean()).isTrue();
        assertThat(chromium.eval("location.pathname").asText()).isEqualTo(PAGE); // Enter never submitted the form
        assertThat(chromium.uncaughtExceptions()).isEmpty();
    }

    @Test
    void on_the_defaults_page_without_ajs_the_picker_finds_jira_through_the_rendered_context_path() {
        chromium.open(uri(DEFAULTS));
        chromium.await("document.readyState === 'complete'", JsonNode::asBoolean, WAIT);
        assertThat(chromium.eval("typeof window.AJS").asText()).isEqualTo("undefined");

        typeInto("rasci-defaults-I", "project-lead, an");
        assertThat(texts(chromium.await(suggestionsOf("rasci-defaults-I"), v -> v.size() > 0, WAIT)))
                .containsExactly("Ann Archer (ann)", HOSTILE + " (anton)", "analysts group");
        key("ArrowDown", 40);
        enter();
        assertThat(chromium.eval("document.getElementById('rasci-defaults-I').value").asText())
                .isEqualTo("project-lead, ann, ");

        int groupsAsked = groupRequests.get();
        typeInto("rasci-defaults-A", "an");
        assertThat(texts(chromium.await(suggestionsOf("rasci-defaults-A"), v -> v.size() > 0, WAIT)))
                .containsExactly("Ann Archer (ann)", HOSTILE + " (anton)");
        assertThat(groupRequests.get()).isEqualTo(groupsAsked);
        assertThat(chromium.eval("window.pwned === undefined").asBoolean()).isTrue();
        assertThat(chromium.uncaughtExceptions()).isEmpty();
    }

    // ---- driving the page ----------------------------------------------------------------------------------------

    private void type(String role, String text) {
        typeInto("customfield_10100-" + role, text);
    }

    private void typeInto(String id, String text) {
        chromium.eval("document.getElementById('" + id + "').focus()");
        chromium.send("Input.insertText", Map.of("text", text));
    }

    private void key(String key, int code) {
        chromium.send("Input.dispatchKeyEvent", Map.of("type", "rawKeyDown", "key", key, "code", key,
                "windowsVirtualKeyCode", code));
        chromium.send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key,
                "windowsVirtualKeyCode", code));
    }

    private void enter() {
        chromium.send("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Enter", "code", "Enter",
                "windowsVirtualKeyCode", 13, "text", "\r"));
        chromium.send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Enter", "code", "Enter",
                "windowsVirtualKeyCode", 13));
    }

    /** The suggestions shown for the input with this id, as text. */
    private static String suggestionsOf(String id) {
        return "(() => { const list = document.getElementById(document.getElementById('" + id
                + "').getAttribute('aria-controls')); return list ? Array.from(list.querySelectorAll("
                + "'[role=option]')).map(o => o.textContent) : []; })()";
    }

    private List<String> awaitSuggestions(String role) {
        return texts(chromium.await(suggestionsOf("customfield_10100-" + role), v -> v.size() > 0, WAIT));
    }

    private List<String> suggestions(String role) {
        return texts(chromium.eval(suggestionsOf("customfield_10100-" + role)));
    }

    private static List<String> texts(JsonNode array) {
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private String value(String role) {
        return chromium.eval("document.getElementById('customfield_10100-" + role + "').value").asText();
    }

    private String attribute(String role, String name) {
        return chromium.eval("document.getElementById('customfield_10100-" + role + "').getAttribute('" + name
                + "')").asText();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the test's Jira -----------------------------------------------------------------------------------------

    /**
     * An issue page with the picker's web-resource whose edit form arrives later, by AJAX, as Jira's quick edit
     * dialog does: the picker must find inputs that did not exist when its script ran.
     */
    private String page() {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>SD-1</title>\n"
                + "<link rel=\"stylesheet\" href=\"/test/aui-shim.css\"/>\n"
                + "<link rel=\"stylesheet\" href=\"/css/singlepoint-rasci-picker.css\"/>\n"
                + "<script>window.AJS = {contextPath: function () { return '/jira'; }};</script>\n"
                + "<script src=\"/js/rasci-picker.js\"></script>\n</head><body>\n<div id=\"dialog\"></div>\n"
                + "<script>window.addEventListener('load', () => fetch('" + DIALOG + "').then(r => r.text())"
                + ".then(html => { document.getElementById('dialog').innerHTML = html; }));</script>\n"
                + "</body></html>";
    }

    /** The field's edit template as Jira renders it into the quick edit dialog's form. */
    private String form() {
        BundleI18nHelper i18n = new BundleI18nHelper(Locale.ENGLISH);
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn("customfield_10100");
        when(field.getName()).thenReturn("RASCI");
        StringWriter html = new StringWriter();
        try {
            new VelocityTemplateRenderer().render("templates/rasci/rasci-edit.vm", Map.of(
                    RasciFieldType.VIEW, RasciFieldView.of(null, new RasciPeople(mock(UserManager.class)), i18n,
                            RasciPolicy.DEFAULT),
                    "i18n", i18n, "customField", field), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "<form class=\"aui\" method=\"get\" action=\"/jira/submitted\">\n" + html
                + "\n<button type=\"submit\">Update</button></form>\n";
    }

    /**
     * The RASCI defaults page's template as its servlet renders it (default policy, context path {@code /jira}),
     * with the picker's web-resource but no AJS: the script must fall back to the rendered context path.
     */
    private String defaultsPage() {
        StringWriter html = new StringWriter();
        try {
            new VelocityTemplateRenderer().render("templates/rasci/rasci-defaults-admin.vm", Map.of(
                    "view", new RasciDefaultsView(List.of(), List.of(), Map.of(), false, List.of(), "",
                            RasciPolicy.DEFAULT),
                    "i18n", new BundleI18nResolver(Locale.ENGLISH), "token", "t0k3n", "contextPath", "/jira"), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString().replace("</head>", "<link rel=\"stylesheet\" href=\"/test/aui-shim.css\"/>\n"
                + "<link rel=\"stylesheet\" href=\"/css/singlepoint-rasci-picker.css\"/>\n"
                + "<script src=\"/js/rasci-picker.js\"></script>\n</head>");
    }

    private void users(HttpExchange exchange) throws IOException {
        userRequests.incrementAndGet();
        String query = query(exchange);
        if (query.equals("fail")) {
            send(exchange, 500, "application/json", "{\"errorMessages\":[\"broken\"]}");
            return;
        }
        if (query.equals("slow")) {
            pause(700);
        }
        ArrayNode users = json.createArrayNode();
        for (String[] user : List.of(new String[] {"ann", "JIRAUSER10001", "Ann Archer"},
                new String[] {"anton", "JIRAUSER10002", HOSTILE},
                new String[] {"bob", "JIRAUSER10003", "Bob Baker"},
                new String[] {"slowpoke", "JIRAUSER10004", "Slow Poke"})) {
            if (user[0].contains(query) || user[2].toLowerCase(Locale.ROOT).contains(query)) {
                users.addObject().put("name", user[0]).put("key", user[1]).put("displayName", user[2])
                        .put("html", user[2] + " - <img src=x onerror=\"window.pwned=1\"> (<strong>" + user[0]
                                + "</strong>)")
                        .put("avatarUrl", "/jira/secure/useravatar?avatarId=1");
            }
        }
        ObjectNode answer = json.createObjectNode();
        answer.set("users", users);
        answer.put("total", users.size()).put("header", "Showing " + users.size() + " of " + users.size()
                + " matching users");
        send(exchange, 200, "application/json", answer.toString());
    }

    private void groups(HttpExchange exchange) throws IOException {
        groupRequests.incrementAndGet();
        String query = query(exchange);
        ArrayNode groups = json.createArrayNode();
        for (String group : List.of("analysts", "network-team")) {
            if (group.contains(query)) {
                groups.addObject().put("name", group).put("html", "<b onmouseover=\"window.pwned=1\">" + group
                        + "</b>");
            }
        }
        ObjectNode answer = json.createObjectNode().put("header", "Showing " + groups.size() + " of "
                + groups.size() + " matching groups").put("total", groups.size());
        answer.set("groups", groups);
        send(exchange, 200, "application/json", answer.toString());
    }

    private static String query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            if (pair.startsWith("query=")) {
                return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static String resource(String name) {
        try (InputStream in = RasciPickerBrowserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + ";charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
