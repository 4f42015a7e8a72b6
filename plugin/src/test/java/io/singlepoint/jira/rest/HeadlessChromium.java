package io.singlepoint.jira.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol with the JDK's own HTTP and WebSocket clients: open a
 * page, run JavaScript in it, wait for a condition, take a screenshot. Started with the flags this machine needs
 * (no sandbox as root, no background networking, which the closed network would refuse) and a fresh profile.
 *
 * <p>Which Chromium: the system property {@code singlepoint.chromium}, else {@code chromium}, {@code chromium-browser},
 * {@code google-chrome} on the {@code PATH}. CI installs Debian's {@code chromium} package ({@code .ci/run}).
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration START = Duration.ofSeconds(20);

    private final Process process;
    private final Path profile;
    private final WebSocket page;
    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> exceptions = Collections.synchronizedList(new ArrayList<>());

    private HeadlessChromium(Path executable) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("singlepoint-chromium");
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--window-size=1280,1600", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        URI browser = devtools();
        page = connect(pageTarget(browser));
        send("Runtime.enable", Map.of());
        send("Page.enable", Map.of());
    }

    /** Chromium, or empty when none is installed. */
    static java.util.Optional<Path> find() {
        String configured = System.getProperty("singlepoint.chromium");
        if (configured != null && !configured.isBlank()) {
            return java.util.Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String directory : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return java.util.Optional.of(candidate);
                }
            }
        }
        return java.util.Optional.empty();
    }

    static HeadlessChromium start(Path executable) {
        try {
            return new HeadlessChromium(executable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The browser's DevTools address, from the line Chromium writes to stderr when it is ready. */
    private URI devtools() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<URI> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher matcher = DEVTOOLS.matcher(line);
                    if (matcher.find()) {
                        found.complete(URI.create(matcher.group(1)));
                    }
                }
                found.completeExceptionally(new IllegalStateException("Chromium exited without DevTools"));
            } catch (IOException e) {
                found.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return found.get(START.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Chromium did not start its DevTools within " + START, e);
        }
    }

    private URI pageTarget(URI browser) throws IOException, InterruptedException {
        URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(list).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : mapper.readTree(answer.body())) {
            if (target.path("type").asText().equals("page")) {
                return URI.create(target.path("webSocketDebuggerUrl").asText());
            }
        }
        throw new IllegalStateException("Chromium has no page: " + answer.body());
    }

    private WebSocket connect(URI target) {
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(target, new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    receive(message.toString());
                    message.setLength(0);
                }
                socket.request(1);
                return null;
            }
        }).join();
    }

    private void receive(String text) {
        try {
            JsonNode message = mapper.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.path("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else if (message.path("method").asText().equals("Runtime.exceptionThrown")) {
                exceptions.add(message.path("params").path("exceptionDetails").toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a DevTools command and waits for its result. */
    JsonNode send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = mapper.createObjectNode().put("id", id).put("method", method);
        command.set("params", mapper.valueToTree(params));
        page.sendText(command.toString(), true).join();
        try {
            JsonNode message = answer.get(20, TimeUnit.SECONDS);
            if (message.has("error")) {
                throw new IllegalStateException(method + " failed: " + message.path("error"));
            }
            return message.path("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " did not answer", e);
        }
    }

    void open(URI url) {
        send("Page.navigate", Map.of("url", url.toString()));
    }

    /** Evaluates {@code expression} in the page and answers its value as JSON. */
    JsonNode eval(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Evaluates {@code expression} until its value satisfies {@code done}, or fails after {@code timeout}. */
    JsonNode await(String expression, Predicate<JsonNode> done, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode value = null;
        while (System.nanoTime() < end) {
            try {
                value = eval(expression);
            } catch (IllegalStateException e) {
                value = null; // the page is still loading
            }
            if (value != null && done.test(value)) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("after " + timeout + ", " + expression + " is still " + value
                + "; uncaught script errors: " + exceptions);
    }

    /** A PNG of the whole page. */
    void screenshot(Path file) throws IOException {
        JsonNode metrics = send("Page.getLayoutMetrics", Map.of());
        int height = (int) Math.ceil(metrics.path("cssContentSize").path("height").asDouble(1600));
        send("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", Math.min(height, 6000),
                "deviceScaleFactor", 1, "mobile", false));
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /** Script errors nobody caught, as the DevTools report them. */
    List<String> uncaughtExceptions() {
        return List.copyOf(exceptions);
    }

    @Override
    public void close() throws IOException {
        try {
            page.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null).join();
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
