package io.singlepoint.cli.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.singlepoint.core.sla.BusinessCalendar;
import io.singlepoint.core.sla.Cycle;
import io.singlepoint.core.sla.Goal;
import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaDefinition;
import io.singlepoint.core.sla.SlaResult;
import io.singlepoint.core.sla.SlaState;
import io.singlepoint.core.sla.StatusSet;

import org.junit.jupiter.api.Test;

class TableReportTest {

    private static final long HOUR = 3_600_000L;
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final SlaConfig CONFIG = new SlaConfig(Map.of(), List.of(
            new SlaDefinition("ttr", "Time to resolution", true, StatusSet.NONE, StatusSet.of("Waiting"),
                    StatusSet.of("Resolved"), List.of(new Goal(Map.of(), Duration.ofHours(4),
                    BusinessCalendar.ALWAYS))),
            new SlaDefinition("ttfr", "Time to first response", true, StatusSet.NONE, StatusSet.NONE,
                    StatusSet.of("In Progress"), List.of())));

    private final StringWriter out = new StringWriter();
    private final TableReport report = new TableReport(new Sink(out), CONFIG, "export.json against slas.json as of"
            + " 2026-03-10T00:00:00Z");

    @Test
    void the_summary_counts_cycles_met_breaches_and_percentiles_of_completed_cycles() throws IOException {
        add("SD-1", SlaState.COMPLETED, completed(1, 0));
        add("SD-2", SlaState.COMPLETED, completed(2, 2), completed(3, 0));
        add("SD-3", SlaState.COMPLETED, completed(6, 0));
        add("SD-4", SlaState.PAUSED, running(1, 1));
        add("SD-5", SlaState.RUNNING, running(5, 0));
        add("SD-6", SlaState.NOT_STARTED);
        for (String key : List.of("SD-1", "SD-2", "SD-3", "SD-4", "SD-5", "SD-6")) {
            report.add(new SlaResult(key, "ttfr", SlaState.NOT_STARTED, List.of()));
        }

        report.finish();

        assertThat(out.toString()).startsWith("""
                SLA replay of export.json against slas.json as of 2026-03-10T00:00:00Z: 6 issues

                  SLA                           issues  cycles  met %  breached  running  paused  time paused  median  p90
                  ttr   Time to resolution           5       6  75.0%         2        1       1        14.3%      2h   6h
                  ttfr  Time to first response       0       0      -         0        0       0            -       -    -
                """);
        assertThat(out.toString()).contains("""
                Breached: ttr  Time to resolution, 2 cycles
                  issue  cycle  state      elapsed  target  over by  breached at
                  SD-3       1  COMPLETED       6h      4h       2h  2026-03-02T13:00Z
                  SD-5       1  RUNNING         5h      4h       1h  2026-03-02T13:00Z
                """);
    }

    @Test
    void the_list_of_breaches_keeps_the_fifty_furthest_over_target_and_counts_the_rest() throws IOException {
        for (int i = 1; i <= 120; i++) {
            add("SD-" + i, SlaState.COMPLETED, new Cycle(START, START.plusSeconds(36_000), 4 * HOUR + i * 60_000L, 0,
                    4 * HOUR, true, START.plusSeconds(14_400)));
        }

        report.finish();

        List<String> lines = out.toString().lines().toList();
        int header = lines.indexOf("Breached: ttr  Time to resolution, 120 cycles, the 50 furthest over target");
        assertThat(header).isPositive();
        assertThat(lines.get(header + 2)).startsWith("  SD-120 ");
        assertThat(lines.get(header + 51)).startsWith("  SD-71 ");
        assertThat(lines.get(header + 52)).isEqualTo("  ... and 70 more (use --format csv for all)");
    }

    private void add(String key, SlaState state, Cycle... cycles) {
        report.add(new SlaResult(key, "ttr", state, List.of(cycles)));
    }

    private static Cycle completed(long elapsedHours, long pausedHours) {
        long elapsed = elapsedHours * HOUR;
        boolean breached = elapsed > 4 * HOUR;
        return new Cycle(START, START.plusMillis(elapsed + pausedHours * HOUR), elapsed, pausedHours * HOUR, 4 * HOUR,
                breached, elapsed >= 4 * HOUR ? START.plusMillis(4 * HOUR) : null);
    }

    private static Cycle running(long elapsedHours, long pausedHours) {
        long elapsed = elapsedHours * HOUR;
        return new Cycle(START, null, elapsed, pausedHours * HOUR, 4 * HOUR, elapsed > 4 * HOUR,
                START.plusMillis(4 * HOUR));
    }
}
