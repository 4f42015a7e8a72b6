package io.singlepoint.cli.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.singlepoint.core.sla.Cycle;
import io.singlepoint.core.sla.SlaDefinition;
import io.singlepoint.core.sla.SlaResult;
import io.singlepoint.core.sla.SlaState;

/**
 * What the table says about one SLA, gathered result by result in bounded memory: counters, the elapsed time of each
 * completed cycle as a primitive array (for the percentiles), and the {@value #SHOWN_BREACHES} worst breaches.
 */
final class SlaSummary {

    static final int SHOWN_BREACHES = 50;

    /** One breached cycle, as the table lists it. */
    record Breach(long seq, String issue, int cycle, SlaState state, long elapsedMillis, long targetMillis,
                  Instant breachAt) {

        long overMillis() {
            return elapsedMillis - targetMillis;
        }
    }

    /** Worst first: furthest over the target, then earliest in the input. */
    static final Comparator<Breach> WORST_FIRST = Comparator.comparingLong(Breach::overMillis).reversed()
            .thenComparingLong(Breach::seq);

    final SlaDefinition sla;
    long issues;
    long cycles;
    long completedWithTarget;
    long met;
    long breached;
    long running;
    long paused;
    long elapsedMillis;
    long pausedMillis;
    private long[] completedElapsed = new long[1024];
    private int completedCount;
    private final PriorityQueue<Breach> worst = new PriorityQueue<>(SHOWN_BREACHES + 1, WORST_FIRST.reversed());
    private long seq;

    SlaSummary(SlaDefinition sla) {
        this.sla = sla;
    }

    void add(SlaResult result) {
        List<Cycle> list = result.cycles();
        if (list.isEmpty()) {
            return;
        }
        issues++;
        cycles += list.size();
        running += result.state() == SlaState.RUNNING ? 1 : 0;
        paused += result.state() == SlaState.PAUSED ? 1 : 0;
        for (int i = 0; i < list.size(); i++) {
            Cycle cycle = list.get(i);
            elapsedMillis += cycle.elapsedMillis();
            pausedMillis += cycle.pausedMillis();
            if (!cycle.isRunning()) {
                completed(cycle);
            }
            if (cycle.breached()) {
                breached++;
                SlaState state = i == list.size() - 1 ? result.state() : SlaState.COMPLETED;
                keep(new Breach(seq++, result.issue(), i + 1, state, cycle.elapsedMillis(), cycle.targetMillis(),
                        cycle.breachAt()));
            }
        }
    }

    private void completed(Cycle cycle) {
        if (cycle.targetMillis() != null) {
            completedWithTarget++;
            met += cycle.breached() ? 0 : 1;
        }
        if (completedCount == completedElapsed.length) {
            completedElapsed = Arrays.copyOf(completedElapsed, completedCount * 2);
        }
        completedElapsed[completedCount++] = cycle.elapsedMillis();
    }

    private void keep(Breach breach) {
        worst.add(breach);
        if (worst.size() > SHOWN_BREACHES) {
            worst.poll();
        }
    }

    /** The worst breaches kept, worst first. */
    List<Breach> worstBreaches() {
        List<Breach> list = new ArrayList<>(worst);
        list.sort(WORST_FIRST);
        return list;
    }

    /** Share of completed cycles with a target that met it, in percent; NaN without such cycles. */
    double metPercent() {
        return completedWithTarget == 0 ? Double.NaN : 100.0 * met / completedWithTarget;
    }

    /** Paused share of all cycles' working time, in percent; NaN without working time. */
    double pausedPercent() {
        long total = elapsedMillis + pausedMillis;
        return total == 0 ? Double.NaN : 100.0 * pausedMillis / total;
    }

    /**
     * The {@code percent} percentile (nearest rank) of the elapsed time of completed cycles, or {@code -1} without
     * completed cycles. Sorts the kept values on first use.
     */
    long elapsedPercentile(double percent) {
        if (completedCount == 0) {
            return -1;
        }
        Arrays.sort(completedElapsed, 0, completedCount);
        int rank = (int) Math.ceil(percent / 100.0 * completedCount);
        return completedElapsed[Math.max(rank, 1) - 1];
    }
}
