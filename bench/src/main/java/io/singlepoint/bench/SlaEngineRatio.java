package io.singlepoint.bench;

import java.util.Locale;

import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

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
        RatioRun run = RatioRun.of(SlaEngineBenchmark.class, args);
        run.print("Issue #4, one thread, timelines per second (higher is better):");
        double engineOps = run.ops("engine");
        double floorOps = run.ops("floor");
        if (Double.isNaN(engineOps) || Double.isNaN(floorOps)) {
            System.out.println("engine/floor: needs both engine and floor in the same run");
            return;
        }
        double ratio = floorOps / engineOps;
        System.out.printf(Locale.ROOT, "engine/floor: %.2f× the floor's time per timeline (required: at most %.0f×) %s%n",
                ratio, ALLOWED_RATIO, ratio <= ALLOWED_RATIO ? "MET" : "MISSED");
        System.out.printf(Locale.ROOT, "engine: %,.0f timelines/s (required: at least %,.0f) %s%n",
                engineOps, REQUIRED_OPS, engineOps >= REQUIRED_OPS ? "MET" : "MISSED");
    }
}
