package io.singlepoint.bench;

import java.util.Locale;

import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * Runs {@link SlaEngineBenchmark} in rounds ({@link RatioRun}) and prints issue #4's figures from that one run:
 * timelines per second of {@code engine}, {@code engine24x7} and {@code floor}, and how many times the floor's time
 * per timeline the engine takes (floor ops/s ÷ engine ops/s in each round, the median of the rounds; the requirement
 * is at most 3). Takes JMH's own options, {@code -f} being the number of rounds, e.g.:
 * <pre>
 * java -cp bench/target/benchmarks.jar io.singlepoint.bench.SlaEngineRatio -f 5 -prof gc
 * </pre>
 * With {@code -prof gc} it also prints the bytes allocated per timeline.
 */
public final class SlaEngineRatio {

    private static final double REQUIRED_OPS = 1_000_000;
    private static final double ALLOWED_RATIO = 3;

    private SlaEngineRatio() {
    }

    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        RatioRun run = RatioRun.of(SlaEngineBenchmark.class, args);
        run.print("Issue #4, one thread, timelines per second (higher is better), median of the rounds:");
        double[] ratios = run.ratios("engine", "floor");
        if (ratios.length == 0) {
            System.out.println("engine/floor: needs both engine and floor in the same run");
            return;
        }
        double ratio = RatioRun.median(ratios);
        System.out.printf(Locale.ROOT, "engine/floor: %.2f× the floor's time per timeline, median of %d rounds "
                        + "(%.2f× to %.2f×; required: at most %.0f×) %s%n", ratio, ratios.length, ratios[0],
                ratios[ratios.length - 1], ALLOWED_RATIO, ratio <= ALLOWED_RATIO ? "MET" : "MISSED");
        double engineOps = run.ops("engine");
        System.out.printf(Locale.ROOT, "engine: %,.0f timelines/s (required: at least %,.0f) %s%n",
                engineOps, REQUIRED_OPS, engineOps >= REQUIRED_OPS ? "MET" : "MISSED");
    }
}
