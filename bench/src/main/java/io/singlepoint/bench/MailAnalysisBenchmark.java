package io.singlepoint.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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

import io.singlepoint.core.mail.MailAnalysis;
import io.singlepoint.core.mail.MailAnalyzer;
import io.singlepoint.core.mail.MailDecision;
import io.singlepoint.core.mail.MailHistory;
import io.singlepoint.core.mail.MailSettings;
import io.singlepoint.core.mail.MailTriage;
import io.singlepoint.core.mail.OwnAddresses;
import io.singlepoint.core.mail.ProjectKeys;

/**
 * Issue #8: at least 2,000 typical 20 KB messages analysed per second on one core. Each operation is one message of
 * {@link MailWorkload} (Outlook's related/alternative structure, text and quoted-printable HTML with the quoted
 * history, a signature logo), the next of 256 in turn:
 * <ul>
 *   <li>{@code analyze}: {@link MailAnalyzer#analyze(InputStream)} then {@link MailTriage#decide}, all the handler
 *       asks of core: headers, MIME walk, decoding, charsets, HTML to text, reply extraction, automatic-mail signs,
 *       the logo's SHA-256 and the attachment rules, threading and the decision;</li>
 *   <li>{@code scan}: the floor, plain byte scanning of the same message: read through an {@link InputStream} in
 *       8 KB chunks counting line feeds, which every reader of mail must at least do.</li>
 * </ul>
 * Throughput in messages per second, one thread. The ratio from one run:
 * <pre>
 * mvn -B -q package -pl bench -am -DskipTests
 * java -cp bench/target/benchmarks.jar io.singlepoint.bench.MailAnalysisRatio -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class MailAnalysisBenchmark {

    /** The messages and the cursor of one benchmark thread. */
    @State(Scope.Thread)
    public static class Messages {
        /** A power of two, so that the cursor wraps with a mask. */
        static final int COUNT = 256;
        static final int BYTES = 20 * 1024;

        byte[][] messages;
        MailAnalyzer analyzer;
        MailSettings settings;
        private final byte[] buffer = new byte[8192];
        private int cursor;

        @Setup
        public void generate() {
            messages = MailWorkload.messages(COUNT, BYTES, MailWorkload.SEED);
            settings = MailSettings.of(OwnAddresses.of(List.of("servicedesk@example.com")),
                    ProjectKeys.of(List.of("SD")));
            analyzer = new MailAnalyzer(settings);
        }

        byte[] next() {
            return messages[cursor++ & (COUNT - 1)];
        }
    }

    @Benchmark
    public MailDecision analyze(Messages state) throws IOException {
        MailAnalysis analysis = state.analyzer.analyze(new ByteArrayInputStream(state.next()));
        return MailTriage.decide(analysis, state.settings, MailHistory.NONE);
    }

    @Benchmark
    public long scan(Messages state) throws IOException {
        InputStream in = new ByteArrayInputStream(state.next());
        byte[] buffer = state.buffer;
        long lines = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }
}
