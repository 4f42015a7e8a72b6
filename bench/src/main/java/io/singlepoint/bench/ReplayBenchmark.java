package io.singlepoint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import io.singlepoint.cli.SinglePointCommand;
import io.singlepoint.cli.sample.Sample;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import picocli.CommandLine;

/**
 * Issue #4: {@code singlepoint sla replay} reads at least 50 MB of Jira JSON per second, end to end, from a file. Each
 * operation is one whole run over a file of about 64 MB: the bundled sample export's pages written one after another
 * until the size is reached (the reader takes concatenated pages, as Jira's paged search gives them):
 * <ul>
 *   <li>{@code replay}: the command itself, {@code sla replay --format json --now ... FILE}, with the bundled three-SLA
 *       configuration, its report written to a discarding writer;</li>
 *   <li>{@code parse}: Jackson's streaming parser reading every token of the same file and doing nothing else: the
 *       baseline of reading this JSON at all, measured in the same run.</li>
 * </ul>
 * Average time per run, which {@link ReplayThroughput} turns into MB/s and a ratio. Build, then about a minute:
 * <pre>
 * mvn -B -q package -pl bench -am -DskipTests
 * java -cp bench/target/benchmarks.jar io.singlepoint.bench.ReplayThroughput
 * </pre>
 * The heap is capped at 128 MB, as issue #4 caps a 1 GB replay, so that the run also shows memory stays bounded.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms128m", "-Xmx128m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class ReplayBenchmark {

    /** Size of the generated export: large enough that one run takes about a second. */
    static final long TARGET_BYTES = 64L << 20;

    /** The export file of the run; its size is printed by {@link ReplayThroughput}. */
    @State(Scope.Benchmark)
    public static class Export {
        Path file;

        @Setup(Level.Trial)
        public void write() throws IOException {
            byte[] pages;
            try (InputStream in = Sample.openExport()) {
                pages = in.readAllBytes();
            }
            file = Files.createTempFile("singlepoint-replay-bench", ".json");
            try (OutputStream out = Files.newOutputStream(file)) {
                for (long written = 0; written < TARGET_BYTES; written += pages.length + 1) {
                    out.write(pages);
                    out.write('\n');
                }
            }
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    @Benchmark
    public int replay(Export export) {
        CommandLine cli = SinglePointCommand.commandLine();
        cli.setOut(new PrintWriter(Writer.nullWriter()));
        cli.setErr(new PrintWriter(Writer.nullWriter()));
        int exit = cli.execute("sla", "replay", "--format", "json", "--now", Sample.EXPORTED_AT.toString(),
                export.file.toString());
        if (exit != 0) {
            throw new IllegalStateException("the replay failed with exit code " + exit);
        }
        return exit;
    }

    @Benchmark
    public long parse(Export export) {
        try (JsonParser parser = JSON.createParser(export.file.toFile())) {
            long tokens = 0;
            while (parser.nextToken() != null) {
                tokens++;
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
