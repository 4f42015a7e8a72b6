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
 * Runs {@link MailAnalysisBenchmark} and prints issue #8's figures from that one run: messages per second of
 * {@code analyze} and {@code scan}, and how many times the time of plain byte scanning analysis takes (scan ops/s ÷
 * analyze ops/s, a figure that stays comparable across machines). Takes JMH's own options, e.g.:
 * <pre>
 * java -cp bench/target/benchmarks.jar io.singlepoint.bench.MailAnalysisRatio -prof gc
 * </pre>
 * With {@code -prof gc} it also prints the bytes allocated per message.
 */
public final class MailAnalysisRatio {

    private static final double REQUIRED_OPS = 2_000;

    private MailAnalysisRatio() {
    }

    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        CommandLineOptions given = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(given)
                .include(MailAnalysisBenchmark.class.getName() + "\\.")
                .build()).run();
        Map<String, RunResult> byMethod = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
        }
        System.out.println();
        System.out.println("Issue #8, one thread, typical 20 KB messages per second (higher is better):");
        byMethod.forEach((method, result) -> System.out.println(line(method, result)));
        RunResult analyze = byMethod.get("analyze");
        RunResult scan = byMethod.get("scan");
        if (analyze == null || scan == null) {
            System.out.println("analyze/scan: needs both analyze and scan in the same run");
            return;
        }
        double analyzeOps = analyze.getPrimaryResult().getScore();
        double ratio = scan.getPrimaryResult().getScore() / analyzeOps;
        System.out.printf(Locale.ROOT, "analyze/scan: %.1f× the time of plain byte scanning per message%n", ratio);
        System.out.printf(Locale.ROOT, "analyze: %,.0f messages/s (required: at least %,.0f) %s%n",
                analyzeOps, REQUIRED_OPS, analyzeOps >= REQUIRED_OPS ? "MET" : "MISSED");
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
