package io.singlepoint.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SlaEngineBenchmark} and prints issue #4's figures from that one run: timelines per second of
 * {@code engine}, {@code engine24x7} and {@code floor}, and how many times the floor's time per timeline the engine
 * takes (floor ops/s ÷ engine ops/s; the requirement is at most 3). Takes JMH's own options, e.g.:
 * <pre>
 * java -cp bench/target/benchmarks.jar io.singlepoint.bench.SlaEngineRatio -prof gc
 * </pre>
 * With {@code -prof gc} it also prints the bytes allocated per timeline.
 */
public final class SlaEngineRatio {

    private static final double REQUIRED_OPS = 1_000_000;
    private static final double ALLOWED_RATIO = 3;

    private SlaEngineRatio() {
    }

    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        CommandLineOptions given = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(given)
                .include(SlaEngineBenchmark.class.getName() + "\\.")
                .build()).run();
        Map<String, RunResult> byMethod = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
        }
        System.out.println();
        System.out.println("Issue #4, one thread, timelines per second (higher is better):");
        byMethod.forEach((method, result) -> System.out.println(line(method, result)));
        RunResult engine = byMethod.get("engine");
        RunResult floor = byMethod.get("floor");
        if (engine == null || floor == null) {
            System.out.println("engine/floor: needs both engine and floor in the same run");
            return;
        }
        double engineOps = engine.getPrimaryResult().getScore();
        double ratio = floor.getPrimaryResult().getScore() / engineOps;
        System.out.printf(Locale.ROOT, "engine/floor: %.2f× the floor's time per timeline (required: at most %.0f×) %s%n",
                ratio, ALLOWED_RATIO, ratio <= ALLOWED_RATIO ? "MET" : "MISSED");
        System.out.printf(Locale.ROOT, "engine: %,.0f timelines/s (required: at least %,.0f) %s%n",
                engineOps, REQUIRED_OPS, engineOps >= REQUIRED_OPS ? "MET" : "MISSED");
    }

    private static String line(String method, RunResult result) {
        Result<?> primary = result.getPrimaryResult();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-11s %,14.0f ± %,.0f %s",
                method, primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
        result.getSecondaryResults().forEach((label, secondary) -> {
            if (label.endsWith("gc.alloc.rate.norm")) {
                line.append(String.format(Locale.ROOT, "   %,.1f %s", secondary.getScore(), secondary.getScoreUnit()));
            }
        });
        return line.toString();
    }
}
