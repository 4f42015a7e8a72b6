package io.singlepoint.cli.sla;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a replay on stderr, for runs that take longer than a second: at most one line a second with the issues
 * and megabytes read so far, and a last line with the totals and the rate. A quick run prints nothing.
 */
final class Progress {

    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final String source;
    private final LongSupplier bytes;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastPrinted;

    /**
     * @param bytes    bytes read so far
     * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    Progress(PrintWriter err, String source, LongSupplier bytes, LongSupplier nanoTime) {
        this.err = err;
        this.source = source;
        this.bytes = bytes;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastPrinted = start;
    }

    /** Called after each issue; prints when a second has passed since the start and since the last line. */
    void issues(long issues) {
        long now = nanoTime.getAsLong();
        if (now - lastPrinted >= SECOND) {
            lastPrinted = now;
            err.println(String.format(Locale.ROOT, "singlepoint: %s: %,d issues, %.1f MB read", source, issues,
                    megabytes(bytes.getAsLong())));
            err.flush();
        }
    }

    /** Called at the end; prints the totals if the run took a second or more. */
    void done(long issues) {
        long took = nanoTime.getAsLong() - start;
        if (took >= SECOND) {
            double seconds = took / (double) SECOND;
            double mb = megabytes(bytes.getAsLong());
            err.println(String.format(Locale.ROOT, "singlepoint: %s: %,d issues, %.1f MB in %.1f s (%.1f MB/s)",
                    source, issues, mb, seconds, mb / seconds));
            err.flush();
        }
    }

    private static double megabytes(long bytes) {
        return bytes / 1_000_000.0;
    }
}
