package io.singlepoint.cli.sla;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaDefinition;
import io.singlepoint.core.sla.SlaResult;

/**
 * {@code --format table}, for people: per SLA the issues and cycles, met %, breaches, what runs and waits as of now,
 * the share of time paused, median and 90th percentile elapsed time; then per SLA the worst breaches. Written at
 * the end from {@link SlaSummary summaries}, which keep memory bounded whatever the number of issues.
 */
final class TableReport implements Report {

    private static final String[] HEADER = {"SLA", "issues", "cycles", "met %", "breached", "running", "paused",
        "time paused", "median", "p90"};
    private static final String FOOTNOTE = """
            issues: issues the SLA started on; running, paused: issues whose last cycle runs or waits as of now.
            met %%: completed cycles with a target that did not breach it, of all completed cycles with a target.
            breached: cycles over their target, running ones included. time paused: paused share of all cycles' time.
            median, p90: elapsed time of completed cycles (nearest rank). Times are working time on each goal's
            calendar; 1d = 24h of working time, as in targets (P3D = 72h).
            """;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    private final Sink sink;
    private final String title;
    private final Map<String, SlaSummary> summaries = new LinkedHashMap<>();
    private long results;

    /**
     * @param title what was replayed, e.g. {@code export.json against config.json as of 2026-07-01T00:00:00Z}
     */
    TableReport(Sink sink, SlaConfig config, String title) {
        this.sink = sink;
        this.title = title;
        for (SlaDefinition sla : config.slas()) {
            summaries.put(sla.id(), new SlaSummary(sla));
        }
    }

    @Override
    public void add(SlaResult result) {
        results++;
        summaries.get(result.sla()).add(result);
    }

    @Override
    public void finish() throws IOException {
        StringBuilder out = sink.buffer();
        long issues = summaries.isEmpty() ? 0 : results / summaries.size();
        out.append("SLA replay of ").append(title).append(": ").append(String.format(Locale.ROOT, "%,d", issues))
                .append(issues == 1 ? " issue" : " issues").append("\n\n");
        summary(out);
        out.append('\n').append(FOOTNOTE.formatted());
        for (SlaSummary summary : summaries.values()) {
            breaches(out, summary);
            sink.written();
        }
        sink.flush();
    }

    private void summary(StringBuilder out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        int idWidth = summaries.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (SlaSummary s : summaries.values()) {
            String sla = s.sla.id() + " ".repeat(idWidth - s.sla.id().length()) + "  " + s.sla.name();
            rows.add(new String[] {sla, count(s.issues), count(s.cycles),
                percent(s.metPercent()), count(s.breached), count(s.running), count(s.paused),
                percent(s.pausedPercent()), duration(s.elapsedPercentile(50)), duration(s.elapsedPercentile(90))});
        }
        table(out, rows, "LRRRRRRRRR");
    }

    private static void breaches(StringBuilder out, SlaSummary summary) {
        if (summary.breached == 0) {
            return;
        }
        List<SlaSummary.Breach> shown = summary.worstBreaches();
        out.append("\nBreached: ").append(summary.sla.id()).append("  ").append(summary.sla.name()).append(", ")
                .append(count(summary.breached)).append(summary.breached == 1 ? " cycle" : " cycles");
        if (summary.breached > shown.size()) {
            out.append(", the ").append(shown.size()).append(" furthest over target");
        }
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"issue", "cycle", "state", "elapsed", "target", "over by", "breached at"});
        for (SlaSummary.Breach b : shown) {
            rows.add(new String[] {b.issue(), Integer.toString(b.cycle()), b.state().name(),
                Durations.human(b.elapsedMillis()), Durations.human(b.targetMillis()), Durations.human(b.overMillis()),
                minutes(b.breachAt())});
        }
        table(out, rows, "LRLRRRL");
        long more = summary.breached - shown.size();
        if (more > 0) {
            out.append("  ... and ").append(count(more)).append(" more (use --format csv for all)\n");
        }
    }

    /**
     * Rows in columns, each as wide as its widest cell, indented by two spaces; {@code align} has an {@code L} for
     * each column aligned left and an {@code R} for each aligned right.
     */
    private static void table(StringBuilder out, List<String[]> rows, String align) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                String pad = " ".repeat(widths[c] - row[c].length());
                line.append(align.charAt(c) == 'L' ? row[c] + pad : pad + row[c]).append(c + 1 < columns ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double p) {
        return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.1f%%", p);
    }

    private static String duration(long millis) {
        return millis < 0 ? "-" : Durations.human(millis);
    }

    private static String minutes(Instant instant) {
        return instant == null ? "-" : MINUTES.format(instant);
    }
}
