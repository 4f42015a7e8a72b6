package io.singlepoint.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.singlepoint.core.sla.IssueHistoryReader;
import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.StatusChange;

import org.junit.jupiter.api.Test;

/** The bundled sample is what its generator writes, and looks like a service desk's half year. */
class SampleExportTest {

    private static final String REWRITE = "singlepoint.sample.rewrite";
    private static final String HOW_TO_REGENERATE = "regenerate it from the cli module's parent with\n"
            + "  mvn -B -q test -pl core,cli -Dtest=SampleExportTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -D" + REWRITE + "=true\nthen review and commit " + SampleExportGenerator.BUNDLED;

    @Test
    void the_bundled_export_is_byte_for_byte_what_the_generator_writes() throws IOException {
        byte[] generated = SampleExportGenerator.generate();
        Path bundled = Path.of(System.getProperty("basedir", ".")).resolve(SampleExportGenerator.BUNDLED);
        if (Boolean.getBoolean(REWRITE)) {
            Files.write(bundled, generated);
        }
        byte[] actual = Files.exists(bundled) ? Files.readAllBytes(bundled) : new byte[0];
        int differs = firstDifference(actual, generated);
        if (differs >= 0) {
            fail(bundled + " differs from what SampleExportGenerator writes, from byte " + differs + " on ("
                    + actual.length + " bytes bundled, " + generated.length + " generated); " + HOW_TO_REGENERATE);
        }
    }

    @Test
    void the_sample_is_a_service_desks_half_year_in_several_pages() throws IOException {
        // What the generator writes, which is what is bundled (above): a stale copy on the class path cannot fail this.
        byte[] export = SampleExportGenerator.generate();
        List<IssueTimeline> issues = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(export);
             IssueHistoryReader reader = IssueHistoryReader.open(in, Sample.EXPORT_NAME, Set.of("priority"))) {
            reader.forEachRemaining(issues::add);
        }
        String text = new String(export, StandardCharsets.UTF_8);

        assertThat(issues).hasSizeGreaterThanOrEqualTo(300);
        assertThat(text).contains("\"startAt\":0,", "\"startAt\":100,", "+0100\"", "+0200\"");
        assertThat(issues).flatExtracting(issue -> issue.fields().get("priority"))
                .contains("Highest", "High", "Medium", "Low");
        List<String> entered = issues.stream().flatMap(issue -> issue.changes().stream()).map(StatusChange::to)
                .toList();
        assertThat(entered).contains("In Progress", "Info Requested", "Waiting User Response",
                "User Validation Required", "Resolved", "Reopened", "Closed");
        assertThat(issues).anyMatch(issue -> !lastStatus(issue).equals("Closed"));
        assertThat(issues).anyMatch(issue -> lastStatus(issue).equals("Waiting User Response")
                || lastStatus(issue).equals("Info Requested"));
        assertThat(issues).allMatch(issue -> !issue.created().isAfter(Sample.EXPORTED_AT));
    }

    private static String lastStatus(IssueTimeline issue) {
        return issue.changes().isEmpty() ? issue.initialStatus()
                : issue.changes().get(issue.changes().size() - 1).to();
    }

    private static int firstDifference(byte[] a, byte[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : Math.min(a.length, b.length);
    }
}
