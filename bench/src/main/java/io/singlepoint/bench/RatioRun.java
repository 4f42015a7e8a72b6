package io.singlepoint.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A benchmark class run in rounds with the caller's JMH options: each round runs every method of the class in one
 * fork of its own, one method after the other, and the caller's fork count ({@code -f}, else the class's) is the
 * number of rounds. The ratio mains compare two methods round by round: on a shared machine whose speed drifts by
 * tens of percent within minutes, the two forks of one round run at nearly the same speed, where all forks of one
 * method followed by all forks of the other (JMH's own order) compared different moments.
 */
final class RatioRun {

    private final Map<String, List<RunResult>> byMethod;

    private RatioRun(Map<String, List<RunResult>> byMethod) {
        this.byMethod = byMethod;
    }

    static RatioRun of(Class<?> benchmark, String[] args) throws CommandLineOptionException, RunnerException {
        CommandLineOptions options = new CommandLineOptions(args);
        int rounds = Math.max(1, options.getForkCount().orElse(forks(benchmark)));
        Map<String, List<RunResult>> byMethod = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (RunResult result : new Runner(new OptionsBuilder()
                    .parent(options)
                    .include(benchmark.getName() + "\\.")
                    .forks(1)
                    .build()).run()) {
                String name = result.getParams().getBenchmark();
                byMethod.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), m -> new ArrayList<>())
                        .add(result);
            }
        }
        return new RatioRun(byMethod);
    }

    private static int forks(Class<?> benchmark) {
        Fork fork = benchmark.getAnnotation(Fork.class);
        return fork == null ? 1 : fork.value();
    }

    /**
     * Prints the heading and a line per method: the median score of the rounds with the lowest and highest, and the
     * allocation per operation under -prof gc.
     */
    void print(String heading) {
        System.out.println();
        System.out.println(heading);
        byMethod.forEach((method, results) -> System.out.println(line(method, results)));
    }

    /** The median score of a method over the rounds, or NaN when the run did not include it. */
    double ops(String method) {
        List<RunResult> results = byMethod.get(method);
        return results == null ? Double.NaN : median(scores(results));
    }

    /**
     * {@code denominator}'s score ÷ {@code numerator}'s in each round, sorted: how many times the denominator's time
     * per operation the numerator takes. Empty when the run did not include both.
     */
    double[] ratios(String numerator, String denominator) {
        List<RunResult> slow = byMethod.get(numerator);
        List<RunResult> fast = byMethod.get(denominator);
        if (slow == null || fast == null) {
            return new double[0];
        }
        double[] ratios = new double[Math.min(slow.size(), fast.size())];
        for (int round = 0; round < ratios.length; round++) {
            ratios[round] = fast.get(round).getPrimaryResult().getScore()
                    / slow.get(round).getPrimaryResult().getScore();
        }
        Arrays.sort(ratios);
        return ratios;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double[] scores(List<RunResult> results) {
        return results.stream().mapToDouble(result -> result.getPrimaryResult().getScore()).toArray();
    }

    private static String line(String method, List<RunResult> results) {
        double[] scores = scores(results);
        Result<?> primary = results.get(0).getPrimaryResult();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-11s %,14.0f %s (rounds: %,.0f to %,.0f)",
                method, median(scores), primary.getScoreUnit(), Arrays.stream(scores).min().orElse(Double.NaN),
                Arrays.stream(scores).max().orElse(Double.NaN)));
        results.get(0).getSecondaryResults().forEach((label, secondary) -> {
            if (label.endsWith("gc.alloc.rate.norm")) {
                double[] bytes = results.stream()
                        .mapToDouble(result -> result.getSecondaryResults().get(label).getScore()).toArray();
                line.append(String.format(Locale.ROOT, "   %,.1f %s", median(bytes), secondary.getScoreUnit()));
            }
        });
        return line.toString();
    }
}
