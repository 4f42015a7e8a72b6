package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing of reading and reply extraction: whatever the bytes, lenient analysis throws nothing, strict analysis
 * throws only {@link MailFormatException}, extraction of the reply text is idempotent, and every input finishes
 * within a second even under the fuzzer's instrumentation.
 *
 * <p>{@code mvn verify} replays the seeds in {@code src/test/resources/io/singlepoint/core/mail/MailFuzzTestInputs}
 * (regression mode, well under a second). To fuzz for real, for as long as {@code maxDuration}, with the inputs that
 * find new paths kept in {@code .cifuzz-corpus}:
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -pl core -am -Dtest=MailFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * A crash is written as {@code crash-<hash>} into the inputs directory, where it then stays as a regression seed.
 */
class MailFuzzTest {

    private static final long BOUND_NANOS = 1_000_000_000L;
    private static final MailLimits SMALL = new MailLimits(16 * 1024, 64, 4 * 1024, 50, 6, 32 * 1024, 20, false);
    private static final MailSettings LENIENT = MailCorpus.SETTINGS.withLimits(SMALL);
    private static final MailSettings STRICT = MailCorpus.SETTINGS.withLimits(SMALL.withStrict(true));
    private static final ReplyExtractor EXTRACTOR = new ReplyExtractor(ReplyRules.DEFAULT);

    @FuzzTest(maxDuration = "5m")
    void reading_and_extraction_never_fail(byte[] input) {
        long start = System.nanoTime();

        MailAnalysis analysis = new MailAnalyzer(LENIENT).analyze(input);
        MailTriage.decide(analysis, LENIENT, MailCorpus.HISTORY);
        MailAnalysisJson.write(analysis);
        try {
            new MailAnalyzer(STRICT).analyze(input);
        } catch (MailFormatException refused) {
            // the one exception strict reading may throw
        }
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        String once = EXTRACTOR.extract(text);

        assertThat(EXTRACTOR.extract(once)).isEqualTo(once);
        assertThat(System.nanoTime() - start).as("nanoseconds for %d bytes", input.length).isLessThan(BOUND_NANOS);
    }
}
