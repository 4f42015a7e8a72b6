package io.singlepoint.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.singlepoint.core.sla.BusinessCalendar;
import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.SlaDefinition;
import io.singlepoint.core.sla.SlaEngine;
import io.singlepoint.core.sla.SlaResult;
import io.singlepoint.core.sla.StatusChange;

/**
 * Issue #4: the SLA engine alone evaluates at least 1,000,000 timelines per second on one core, and takes at most 3×
 * the time of a floor measured in the same run. Each operation is one timeline of {@link SlaWorkload} (10 status
 * changes; cycles that start, pause, resume, stop and reopen), the next of 4,096 in turn:
 * <ul>
 *   <li>{@code engine}: {@link SlaEngine#evaluate(SlaDefinition, IssueTimeline, Instant)}, time to resolution with a
 *       16-hour goal on the Berlin office calendar with its holidays;</li>
 *   <li>{@code engine24x7}: the same SLA with the goal on {@code 24x7}; {@code engine - engine24x7} is what the
 *       calendar costs, {@code engine24x7 - floor} what the rules cost;</li>
 *   <li>{@code floor}: the same walk over the timeline's events summing the time between consecutive ones (the last
 *       up to "now"), with no calendar and no rules.</li>
 * </ul>
 * Throughput in operations (timelines) per second, one thread. Build, then run about a minute (one fork, 6 + 5
 * iterations of a second for each benchmark):
 * <pre>
 * mvn -B -q package -pl bench -am -DskipTests
 * java -jar bench/target/benchmarks.jar SlaEngineBenchmark
 * </pre>
 * The engine/floor ratio from the same run, in rounds of one fork per method ({@link SlaEngineRatio}), with the
 * allocation per timeline ({@code -prof gc}):
 * <pre>
 * java -cp bench/target/benchmarks.jar io.singlepoint.bench.SlaEngineRatio -f 10 -wi 4 -w 1s -i 5 -r 1s -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class SlaEngineBenchmark {

    /** The workload and the cursor of one benchmark thread. */
    @State(Scope.Thread)
    public static class Timelines {
        /** A power of two, so that the cursor wraps with a mask. */
        static final int COUNT = 4096;

        IssueTimeline[] timelines;
        SlaDefinition onBusinessCalendar;
        SlaDefinition onAlways;
        Instant now;
        long nowMillis;
        private int cursor;

        @Setup
        public void generate() {
            timelines = SlaWorkload.timelines(COUNT, SlaWorkload.SEED);
            onBusinessCalendar = SlaWorkload.timeToResolution(Duration.ofHours(16), SlaWorkload.berlinOffice());
            onAlways = SlaWorkload.timeToResolution(Duration.ofHours(16), BusinessCalendar.ALWAYS);
            now = SlaWorkload.NOW;
            nowMillis = now.toEpochMilli();
        }

        IssueTimeline next() {
            return timelines[cursor++ & (COUNT - 1)];
        }
    }

    @Benchmark
    public SlaResult engine(Timelines state) {
        return SlaEngine.evaluate(state.onBusinessCalendar, state.next(), state.now);
    }

    @Benchmark
    public SlaResult engine24x7(Timelines state) {
        return SlaEngine.evaluate(state.onAlways, state.next(), state.now);
    }

    @Benchmark
    public long floor(Timelines state) {
        IssueTimeline timeline = state.next();
        long last = timeline.created().toEpochMilli();
        long sum = 0;
        for (StatusChange change : timeline.changes()) {
            long at = change.at().toEpochMilli();
            sum += at - last;
            last = at;
        }
        return sum + (state.nowMillis - last);
    }
}
