package io.singlepoint.bench;

import java.util.Locale;

import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * Runs {@link MailAnalysisBenchmark} in rounds ({@link RatioRun}) and prints issue #8's figures from that one run:
 * messages per second of {@code analyze} and {@code scan}, and how many times the time of plain byte scanning
 * analysis takes (scan ops/s ÷ analyze ops/s in each round, the median of the rounds; a figure that stays comparable
 * across machines). Takes JMH's own options, {@code -f} being the number of rounds, e.g.:
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
        RatioRun run = RatioRun.of(MailAnalysisBenchmark.class, args);
        run.print("Issue #8, one thread, typical 20 KB messages per second (higher is better), median of the rounds:");
        double[] ratios = run.ratios("analyze", "scan");
        if (ratios.length == 0) {
            System.out.println("analyze/scan: needs both analyze and scan in the same run");
            return;
        }
        System.out.printf(Locale.ROOT, "analyze/scan: %.1f× the time of plain byte scanning per message, median of "
                + "%d rounds%n", RatioRun.median(ratios), ratios.length);
        double analyzeOps = run.ops("analyze");
        System.out.printf(Locale.ROOT, "analyze: %,.0f messages/s (required: at least %,.0f) %s%n",
                analyzeOps, REQUIRED_OPS, analyzeOps >= REQUIRED_OPS ? "MET" : "MISSED");
    }
}
