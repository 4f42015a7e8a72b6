package io.singlepoint.cli.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.singlepoint.cli.ChildCli;

import org.junit.jupiter.api.Test;

/**
 * A replay's memory does not grow with its input: a child JVM with a 64 MB heap replays well over 200 MB of issues fed
 * to its stdin as they are generated (never stored), and writes a result line per issue and SLA.
 */
class ReplayMemoryTest {

    private static final long MIN_BYTES = 200_000_000L;
    private static final int PAGE = 500;
    private static final DateTimeFormatter JIRA = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.ofHours(1));
    private static final String[] PRIORITIES = {"Highest", "High", "Medium", "Low"};

    @Test
    void a_200_mb_export_replays_on_stdin_in_a_64_mb_heap() throws Exception {
        Process child = ChildCli.start("64m", "sla", "replay", "--format", "json", "-");
        CompletableFuture<Long> fed = CompletableFuture.supplyAsync(() -> feed(child.getOutputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> ChildCli.readAll(child.getErrorStream()));
        long start = System.nanoTime();

        long lines = countLines(child.getInputStream());

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the replay ends").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long issues = fed.get(10, TimeUnit.SECONDS);
        String err = stderr.get(10, TimeUnit.SECONDS);
        assertThat(child.exitValue()).as("exit code; stderr: %s", err).isZero();
        assertThat(lines).isEqualTo(issues * 3);
        assertThat(err).contains(String.format(Locale.ROOT, "%,d issues", issues)).doesNotContain("warning");
        System.out.printf("replayed %,d issues (at least %,d bytes) in %s%n%s", issues, MIN_BYTES, took, err);
    }

    /** Writes pages of issues until at least {@link #MIN_BYTES} are written; returns how many issues. */
    private static long feed(OutputStream stdin) {
        long issues = 0;
        long bytes = 0;
        try (OutputStream out = new BufferedOutputStream(stdin, 1 << 16)) {
            StringBuilder page = new StringBuilder(PAGE * 2_500);
            while (bytes < MIN_BYTES) {
                page.setLength(0);
                page.append("{\"expand\":\"schema,names\",\"startAt\":").append(issues).append(",\"maxResults\":")
                        .append(PAGE).append(",\"total\":999999999,\"issues\":[");
                for (int i = 0; i < PAGE; i++, issues++) {
                    page.append(i == 0 ? "" : ",");
                    issue(page, issues);
                }
                page.append("]}\n");
                byte[] chunk = page.toString().getBytes(StandardCharsets.UTF_8);
                out.write(chunk);
                bytes += chunk.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the replay stopped reading after " + issues + " issues", e);
        }
        return issues;
    }

    /** About 2 KB of Jira JSON: fields the reader skips, a changelog of status and other changes. */
    private static void issue(StringBuilder out, long n) {
        long created = Instant.parse("2026-01-05T08:00:00Z").toEpochMilli() + n * 97_000L;
        String key = "SD-" + (n + 1);
        out.append("{\"expand\":\"operations,changelog\",\"id\":\"").append(10_000 + n)
                .append("\",\"self\":\"https://jira.example.com/rest/api/2/issue/").append(10_000 + n)
                .append("\",\"key\":\"").append(key).append("\",\"fields\":{\"summary\":\"VPN drops every few minutes")
                .append(" on the \\\"guest\\\" network\",\"issuetype\":{\"name\":\"Incident\",\"subtask\":false},")
                .append("\"priority\":{\"self\":\"https://jira.example.com/rest/api/2/priority/3\",\"name\":\"")
                .append(PRIORITIES[(int) (n % 4)]).append("\",\"id\":\"3\"},\"status\":{\"name\":\"")
                .append(n % 5 == 0 ? "Waiting User Response" : "Closed").append("\",\"id\":\"6\",")
                .append("\"statusCategory\":{\"key\":\"done\",\"name\":\"Done\"}},\"labels\":[\"vpn\",\"remote\"],")
                .append("\"reporter\":{\"name\":\"lfischer\",\"displayName\":\"Lena Fischer\",\"active\":true},")
                .append("\"created\":\"").append(JIRA.format(Instant.ofEpochMilli(created))).append("\",")
                .append("\"description\":\"Since this morning the VPN connection drops.\\nColleagues are affected.\"},")
                .append("\"changelog\":{\"startAt\":0,");
        String[][] steps = n % 5 == 0
                ? new String[][] {{"Open", "In Progress"}, {"In Progress", "Waiting User Response"}}
                : new String[][] {{"Open", "In Progress"}, {"In Progress", "Info Requested"},
                    {"Info Requested", "In Progress"}, {"In Progress", "Resolved"}, {"Resolved", "Closed"}};
        out.append("\"maxResults\":").append(steps.length).append(",\"total\":").append(steps.length)
                .append(",\"histories\":[");
        for (int s = 0; s < steps.length; s++) {
            long at = created + (s + 1) * 3_600_000L * (1 + n % 7);
            out.append(s == 0 ? "" : ",").append("{\"id\":\"").append(n * 10 + s).append("\",\"author\":{\"name\":")
                    .append("\"abecker\",\"displayName\":\"Anna Becker\",\"active\":true},\"created\":\"")
                    .append(JIRA.format(Instant.ofEpochMilli(at))).append("\",\"items\":[{\"field\":\"assignee\",")
                    .append("\"fieldtype\":\"jira\",\"from\":null,\"fromString\":null,\"to\":\"abecker\",")
                    .append("\"toString\":\"Anna Becker\"},{\"field\":\"status\",\"fieldtype\":\"jira\",\"from\":\"1\",")
                    .append("\"fromString\":\"").append(steps[s][0]).append("\",\"to\":\"3\",\"toString\":\"")
                    .append(steps[s][1]).append("\"}]}");
        }
        out.append("]}}");
    }

    private static long countLines(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                lines += buffer[i] == '\n' ? 1 : 0;
            }
        }
        return lines;
    }
}
