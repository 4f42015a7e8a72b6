package io.singlepoint.cli.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long MS = 1_000_000L;

    private final StringWriter err = new StringWriter();
    private long nanos = 5_000 * MS;
    private long bytes;
    private final Progress progress = new Progress(new PrintWriter(err), "export.json", () -> bytes, () -> nanos);

    @Test
    void a_run_shorter_than_a_second_prints_nothing() {
        for (int i = 1; i <= 1000; i++) {
            nanos += MS / 2;
            bytes += 2_000;
            progress.issues(i);
        }
        progress.done(1000);

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_long_run_prints_at_most_a_line_a_second_and_the_totals() {
        for (int i = 1; i <= 3_500; i++) {
            nanos += MS;
            bytes += 20_000;
            progress.issues(i);
        }
        progress.done(3_500);

        assertThat(err.toString().lines()).containsExactly(
                "singlepoint: export.json: 1,000 issues, 20.0 MB read",
                "singlepoint: export.json: 2,000 issues, 40.0 MB read",
                "singlepoint: export.json: 3,000 issues, 60.0 MB read",
                "singlepoint: export.json: 3,500 issues, 70.0 MB in 3.5 s (20.0 MB/s)");
    }
}
