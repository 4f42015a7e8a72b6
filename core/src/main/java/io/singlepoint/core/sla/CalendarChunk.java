package io.singlepoint.core.sla;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The working intervals of a calendar within one chunk of time {@code [start, end)}: merged, sorted, clipped to the
 * chunk, with the working time before each, so that the working time before an instant is one binary search.
 */
final class CalendarChunk {

    /** The chunk is cut into buckets of 2^24 ms (about 4.7 hours) to find an interval without a search. */
    private static final int BUCKET_SHIFT = 24;

    private final long chunkStart;
    /**
     * Interval i as three adjacent longs: its start at {@code 3i}, its end at {@code 3i + 1} and the working time in
     * the chunk before its start at {@code 3i + 2}; one measurement then reads one or two cache lines, not three.
     */
    private final long[] table;
    private final int count;
    private final long total;
    /** bucketLast[b]: the last interval starting at or before the start of bucket b, or -1 */
    private final int[] bucketLast;

    private CalendarChunk(long chunkStart, long[] starts, long[] ends, long[] cumulative, long total) {
        this.chunkStart = chunkStart;
        this.count = starts.length;
        this.table = new long[3 * count];
        for (int i = 0; i < count; i++) {
            table[3 * i] = starts[i];
            table[3 * i + 1] = ends[i];
            table[3 * i + 2] = cumulative[i];
        }
        this.total = total;
        this.bucketLast = new int[(int) (BusinessCalendar.CHUNK >>> BUCKET_SHIFT) + 1];
        int last = -1;
        for (int b = 0; b < bucketLast.length; b++) {
            long bucketStart = chunkStart + ((long) b << BUCKET_SHIFT);
            while (last + 1 < count && starts[last + 1] <= bucketStart) {
                last++;
            }
            bucketLast[b] = last;
        }
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
        return new CalendarChunk(chunkStart, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), cumulative, total);
    }

    long total() {
        return total;
    }

    /** Working time in this chunk before instant {@code t}; {@code t} may lie anywhere in or at the end of the chunk. */
    long workingBefore(long t) {
        return workingBefore(lastStartingAtOrBefore(t), t);
    }

    /** {@link #workingBefore(long)} when {@code interval} is already known to be the last one starting at or before t. */
    long workingBefore(int interval, long t) {
        return interval < 0 ? 0 : table[3 * interval + 2] + Math.min(t, table[3 * interval + 1]) - table[3 * interval];
    }

    /** Working time in the chunk up to the end of interval {@code i}. */
    private long workingThrough(int i) {
        return table[3 * i + 2] + table[3 * i + 1] - table[3 * i];
    }

    /**
     * The earliest instant in this chunk before which there are {@code working} milliseconds of working time.
     * Requires {@code 0 < working <= total()}.
     */
    long instantAt(long working) {
        int lo = 0; // searching the first interval whose working time through its end reaches the amount
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (workingThrough(mid) >= working) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return table[3 * lo] + working - table[3 * lo + 2];
    }

    /** The last interval starting at or before {@code t}, or -1; {@code t} lies in or at the end of the chunk. */
    int lastStartingAtOrBefore(long t) {
        int found = bucketLast[(int) ((t - chunkStart) >>> BUCKET_SHIFT)];
        while (found + 1 < count && table[3 * (found + 1)] <= t) {
            found++;
        }
        return found;
    }
}
