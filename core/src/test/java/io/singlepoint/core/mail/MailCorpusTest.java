package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mail corpus: every {@code <case>.eml} in {@code src/test/resources/mail} is analysed and decided in
 * {@link MailCorpus}'s world, and the JSON (analysis and decision) must equal {@code <case>.analysis.json}. A case
 * without an expectation writes {@code <case>.expected} beside it and fails: review it, rename it to
 * {@code .analysis.json}, commit both.
 */
class MailCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "mail");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analysis_and_decision_match_the_reviewed_expectation(String name) throws IOException {
        String actual = analyse(name);
        Path expectation = CORPUS.resolve(name + ".analysis.json");
        if (!Files.exists(expectation)) {
            Files.writeString(CORPUS.resolve(name + ".expected"), actual, StandardCharsets.UTF_8);
            fail(name + " has no expectation: wrote " + name + ".expected; review it and rename it to "
                    + name + ".analysis.json");
        }
        String expected = Files.readString(expectation, StandardCharsets.UTF_8);
        if (!MAPPER.readTree(expected).equals(MAPPER.readTree(actual))) {
            assertThat(actual).as(name).isEqualTo(expected.strip());
        }
    }

    @Test
    void the_corpus_has_at_least_sixty_realistic_cases() throws IOException {
        List<String> names = cases().toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(60);
        for (String name : names) {
            assertThat(CORPUS.resolve(name + ".analysis.json")).as("expectation of " + name).exists();
        }
    }

    static String analyse(String name) throws IOException {
        try (InputStream in = Files.newInputStream(CORPUS.resolve(name + ".eml"))) {
            MailAnalysis analysis = new MailAnalyzer(MailCorpus.SETTINGS).analyze(in);
            MailDecision decision = MailTriage.decide(analysis, MailCorpus.SETTINGS, MailCorpus.HISTORY);
            return MailAnalysisJson.write(analysis, decision, true);
        }
    }
}
