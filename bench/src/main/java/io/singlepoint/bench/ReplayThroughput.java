package io.singlepoint.bench;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ReplayBenchmark} and prints issue #4's replay figures from that one run: MB of Jira JSON per second for
 * the end-to-end {@code replay} and for the {@code parse}-only baseline, and replay's share of the baseline's speed.
 * Takes JMH's own options:
 * <pre>
 * java -cp bench/target/benchmarks.jar io.singlepoint.bench.ReplayThroughput
 * </pre>
 */
public final class ReplayThroughput {

    private static final double REQUIRED_MB_PER_SECOND = 50;

    private ReplayThroughput() {
    }

    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(ReplayBenchmark.class.getName() + "\\.")
                .build()).run();
        double mb = exportMegabytes();
        double replay = Double.NaN;
        double parse = Double.NaN;
        System.out.println();
        System.out.printf(Locale.ROOT, "Issue #4, one thread, a %.1f MB export (MB = 2^20 bytes; higher is better):%n", mb);
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            double millis = result.getPrimaryResult().getScore();
            double perSecond = mb / (millis / 1000);
            System.out.printf(Locale.ROOT, "  %-8s %8.1f MB/s  (%.0f ms per run)%n", method, perSecond, millis);
            if (method.equals("replay")) {
                replay = perSecond;
            } else if (method.equals("parse")) {
                parse = perSecond;
            }
        }
        if (!Double.isNaN(replay) && !Double.isNaN(parse)) {
            System.out.printf(Locale.ROOT, "replay runs at %.0f%% of the speed of parsing alone%n", 100 * replay / parse);
        }
        if (!Double.isNaN(replay)) {
            System.out.printf(Locale.ROOT, "replay: %.1f MB/s (required: at least %.0f) %s%n", replay,
                    REQUIRED_MB_PER_SECOND, replay >= REQUIRED_MB_PER_SECOND ? "MET" : "MISSED");
        }
    }

    /** The size {@link ReplayBenchmark.Export} writes: whole copies of the sample until the target is reached. */
    private static double exportMegabytes() {
        try (var in = io.singlepoint.cli.sample.Sample.openExport()) {
            long page = in.readAllBytes().length + 1L;
            long copies = (ReplayBenchmark.TARGET_BYTES + page - 1) / page;
            return copies * page / (double) (1 << 20);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
