package io.singlepoint.core.sla;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The working intervals of a calendar within one chunk of time {@code [start, end)}: merged, sorted, clipped to the
 * chunk, with the working time before each.
 *
 * <p>The working time before an instant is usually two array reads that do not wait for each other: the chunk is cut
 * into slots of about 35 minutes, and a slot that works throughout or not at all knows the working time before its
 * start, relative to its page of 128 slots, whose own figure is the other read. Only in a slot where a
 * working interval starts or ends (one in sixteen of an office calendar's) does a lookup step through the intervals,
 * from the last one that starts before the slot. A slot costs 4 bytes, 64 KB per chunk of 398 days.
 */
final class CalendarChunk {

    /** Slots are 2^21 ms (about 35 minutes) long. Longer slots hold more interval ends; shorter ones miss the cache. */
    private static final int SLOT_SHIFT = 21;
    private static final long SLOT_MASK = (1L << SLOT_SHIFT) - 1;
    /** The flag of a {@link #slots} entry of a slot in which an interval starts or ends. */
    private static final int MIXED = 2;
    /** Slots come in pages of 2^7, so that a slot's working time since its page's start fits in an int. */
    private static final int PAGE_SHIFT = 7;
    /** {@link #reached} has an entry per 2^22 ms (about 70 minutes) of working time. */
    private static final int REACH_SHIFT = 22;

    private final long chunkStart;
    /**
     * Interval i as three adjacent longs: its start at {@code 3i}, its end at {@code 3i + 1} and the working time in
     * the chunk before its start at {@code 3i + 2}; one measurement then reads one or two cache lines, not three.
     */
    private final long[] table;
    private final int count;
    private final long total;
    /**
     * slots[q]: for a slot that works throughout or not at all, the working time from its page's start to its own
     * start times 4, plus 1 if it works; otherwise {@link #MIXED} plus 4 times one more than the last interval
     * starting at or before it.
     */
    private final int[] slots;
    /** pageBase[p]: the working time before slot {@code p * 2^PAGE_SHIFT}, to which a slot's own figure is added. */
    private final long[] pageBase;
    /**
     * reached[j]: the first interval through whose end there is more than {@code j * 2^REACH_SHIFT} ms of working
     * time; the interval where an amount is reached is then found by a short step forward, not a binary search.
     */
    private final int[] reached;

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
        this.reached = new int[(int) (total >>> REACH_SHIFT) + 1];
        for (int j = 0, i = 0; j < reached.length; j++) {
            while (i < count - 1 && workingThrough(i) <= (long) j << REACH_SHIFT) {
                i++;
            }
            reached[j] = i;
        }
        this.slots = new int[(int) (BusinessCalendar.CHUNK >>> SLOT_SHIFT) + 1];
        this.pageBase = new long[(slots.length >>> PAGE_SHIFT) + 1];
        for (int q = 0, i = -1; q < slots.length; q++) { // i: the last interval starting at or before the slot
            long from = chunkStart + ((long) q << SLOT_SHIFT);
            long to = from + SLOT_MASK + 1;
            while (i + 1 < count && starts[i + 1] <= from) {
                i++;
            }
            long before = workingBefore(i, from);
            if ((q & ((1 << PAGE_SHIFT) - 1)) == 0) {
                pageBase[q >>> PAGE_SHIFT] = before;
            }
            boolean works = i >= 0 && to <= ends[i];
            boolean idle = (i < 0 || ends[i] <= from) && (i + 1 == count || starts[i + 1] >= to);
            slots[q] = works || idle ? (int) (before - pageBase[q >>> PAGE_SHIFT]) << 2 | (works ? 1 : 0)
                    : (i + 1) << 2 | MIXED;
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
        long offset = t - chunkStart;
        int q = (int) (offset >>> SLOT_SHIFT);
        int slot = slots[q];
        if ((slot & MIXED) != 0) {
            int i = (slot >> 2) - 1;
            while (i + 1 < count && table[3 * (i + 1)] <= t) {
                i++;
            }
            return workingBefore(i, t);
        }
        // The working time before the slot, plus the time into it when it works: a mask, not a branch, as an instant
        // is as likely to fall in working time as not.
        return pageBase[q >>> PAGE_SHIFT] + (slot >> 2) + (offset & SLOT_MASK & -(long) (slot & 1));
    }

    /** {@link #workingBefore(long)} when {@code interval} is known to be the last one starting at or before t. */
    private long workingBefore(int interval, long t) {
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
        int i = reached[(int) ((working - 1) >>> REACH_SHIFT)];
        while (workingThrough(i) < working) {
            i++;
        }
        return table[3 * i] + working - table[3 * i + 2];
    }
}
