package io.singlepoint.bench;

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
 * One JMH run of a benchmark class with the caller's JMH options, its results by method name, printed one line each.
 * The ratio mains compare two methods of the same run, so that machine and load cancel out.
 */
final class RatioRun {

    private final Map<String, RunResult> byMethod;

    private RatioRun(Map<String, RunResult> byMethod) {
        this.byMethod = byMethod;
    }

    static RatioRun of(Class<?> benchmark, String[] args) throws CommandLineOptionException, RunnerException {
        Map<String, RunResult> byMethod = new LinkedHashMap<>();
        for (RunResult result : new Runner(new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(benchmark.getName() + "\\.")
                .build()).run()) {
            String name = result.getParams().getBenchmark();
            byMethod.put(name.substring(name.lastIndexOf('.') + 1), result);
        }
        return new RatioRun(byMethod);
    }

    /** Prints the heading and a line per method: score ± error, and the allocation per operation under -prof gc. */
    void print(String heading) {
        System.out.println();
        System.out.println(heading);
        byMethod.forEach((method, result) -> System.out.println(line(method, result)));
    }

    /** The score of a method, or NaN when the run did not include it (e.g. filtered out by the caller's options). */
    double ops(String method) {
        RunResult result = byMethod.get(method);
        return result == null ? Double.NaN : result.getPrimaryResult().getScore();
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
