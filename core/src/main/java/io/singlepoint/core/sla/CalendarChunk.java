package io.singlepoint.core.sla;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The working intervals of a calendar within one chunk of time {@code [start, end)}: merged, sorted, clipped to the
 * chunk, with the working time before each, so that the working time before an instant is one binary search.
 */
final class CalendarChunk {

    private final long[] starts;
    private final long[] ends;
    /** cumulative[i]: working time in the chunk before starts[i] */
    private final long[] cumulative;
    private final long total;

    private CalendarChunk(long[] starts, long[] ends, long[] cumulative, long total) {
        this.starts = starts;
        this.ends = ends;
        this.cumulative = cumulative;
        this.total = total;
    }

    /** From resolved working intervals {@code {from, to}} in any order, possibly overlapping or outside the chunk. */
    static CalendarChunk of(long chunkStart, long chunkEnd, List<long[]> intervals) {
        long[][] sorted = intervals.toArray(long[][]::new);
        Arrays.sort(sorted, Comparator.comparingLong(interval -> interval[0]));
        long[] starts = new long[sorted.length];
        long[] ends = new long[sorted.length];
        int n = 0;
        for (long[] interval : sorted) {
            long from = Math.max(interval[0], chunkStart);
            long to = Math.min(interval[1], chunkEnd);
            if (to <= from) {
                continue;
            }
            if (n > 0 && from <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], to);
            } else {
                starts[n] = from;
                ends[n] = to;
                n++;
            }
        }
        long[] cumulative = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            cumulative[i] = total;
            total += ends[i] - starts[i];
        }
        return new CalendarChunk(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), cumulative, total);
    }

    long total() {
        return total;
    }

    /** Working time in this chunk before instant {@code t}; {@code t} may lie anywhere in or at the end of the chunk. */
    long workingBefore(long t) {
        int i = lastStartingAtOrBefore(t);
        if (i < 0) {
            return 0;
        }
        return cumulative[i] + Math.min(t, ends[i]) - starts[i];
    }

    /**
     * The earliest instant in this chunk before which there are {@code working} milliseconds of working time.
     * Requires {@code 0 < working <= total()}.
     */
    long instantAt(long working) {
        // The first interval that completes the amount: cumulative[i] + length(i) >= working.
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] + ends[mid] - starts[mid] >= working) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return starts[low] + working - cumulative[low];
    }

    private int lastStartingAtOrBefore(long t) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= t) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
