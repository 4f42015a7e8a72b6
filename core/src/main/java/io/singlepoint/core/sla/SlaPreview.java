package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changing the SLA configuration would change, before it is saved: the same issues replayed under the current
 * and the proposed configuration, SLA by SLA, counting the issues whose outcome moves from met to breached and back.
 *
 * <p>An issue's outcome with an SLA is that of its last cycle as of "now": {@link Outcome#BREACHED} if breached,
 * {@link Outcome#MET} if it stopped within its target, otherwise {@link Outcome#OPEN} (running or paused within its
 * target, not started, or without a target).
 */
public final class SlaPreview {

    /** An issue's outcome with one SLA. */
    public enum Outcome { MET, BREACHED, OPEN }

    /**
     * The comparison for one SLA id.
     *
     * @param slaId           the SLA's id
     * @param name            its name in the proposed configuration, or in the current one if it is removed
     * @param inCurrent       whether the current configuration has it
     * @param inProposed      whether the proposed configuration has it
     * @param metBefore       issues met under the current configuration
     * @param breachedBefore  issues breached under the current configuration
     * @param metAfter        issues met under the proposed configuration
     * @param breachedAfter   issues breached under the proposed configuration
     * @param metToBreached   keys of issues met before and breached after, in replay order
     * @param breachedToMet   keys of issues breached before and met after
     */
    public record Change(String slaId, String name, boolean inCurrent, boolean inProposed, int metBefore,
                         int breachedBefore, int metAfter, int breachedAfter, List<String> metToBreached,
                         List<String> breachedToMet) {

        public Change {
            requireNonNull(slaId, "slaId");
            requireNonNull(name, "name");
            metToBreached = List.copyOf(metToBreached);
            breachedToMet = List.copyOf(breachedToMet);
        }
    }

    /**
     * @param issues  how many issues were replayed
     * @param changes one per SLA id of either configuration: the proposed configuration's order, then removed ones
     */
    public record Result(int issues, List<Change> changes) {

        public Result {
            changes = List.copyOf(changes);
        }
    }

    private SlaPreview() {
    }

    public static Result compare(Iterable<IssueTimeline> issues, SlaConfig current, SlaConfig proposed, Instant now) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        proposed.slas().forEach(sla -> tallies.put(sla.id(), new Tally(sla.id(), sla.name(), false, true)));
        current.slas().forEach(sla -> tallies.merge(sla.id(), new Tally(sla.id(), sla.name(), true, false),
                (kept, removed) -> kept.alsoCurrent()));
        int count = 0;
        for (IssueTimeline issue : issues) {
            count++;
            Map<String, Outcome> before = outcomes(current, issue, now);
            Map<String, Outcome> after = outcomes(proposed, issue, now);
            for (Tally tally : tallies.values()) {
                tally.add(issue.key(), before.get(tally.slaId), after.get(tally.slaId));
            }
        }
        List<Change> changes = new ArrayList<>();
        tallies.values().forEach(tally -> changes.add(tally.change()));
        return new Result(count, changes);
    }

    /** The outcome of the last cycle as of {@code now}. */
    public static Outcome outcome(SlaResult result, Instant now) {
        SlaStanding standing = SlaStanding.of(result);
        if (standing.breachedAt(now)) {
            return Outcome.BREACHED;
        }
        return result.state() == SlaState.COMPLETED && standing.target() != null ? Outcome.MET : Outcome.OPEN;
    }

    private static Map<String, Outcome> outcomes(SlaConfig config, IssueTimeline issue, Instant now) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (SlaResult result : SlaEngine.evaluate(config, issue, now)) {
            outcomes.put(result.sla(), outcome(result, now));
        }
        return outcomes;
    }

    private static final class Tally {
        private final String slaId;
        private final String name;
        private boolean inCurrent;
        private final boolean inProposed;
        private int metBefore;
        private int breachedBefore;
        private int metAfter;
        private int breachedAfter;
        private final List<String> metToBreached = new ArrayList<>();
        private final List<String> breachedToMet = new ArrayList<>();

        Tally(String slaId, String name, boolean inCurrent, boolean inProposed) {
            this.slaId = slaId;
            this.name = name;
            this.inCurrent = inCurrent;
            this.inProposed = inProposed;
        }

        Tally alsoCurrent() {
            inCurrent = true;
            return this;
        }

        void add(String key, Outcome before, Outcome after) {
            metBefore += before == Outcome.MET ? 1 : 0;
            breachedBefore += before == Outcome.BREACHED ? 1 : 0;
            metAfter += after == Outcome.MET ? 1 : 0;
            breachedAfter += after == Outcome.BREACHED ? 1 : 0;
            if (before == Outcome.MET && after == Outcome.BREACHED) {
                metToBreached.add(key);
            } else if (before == Outcome.BREACHED && after == Outcome.MET) {
                breachedToMet.add(key);
            }
        }

        Change change() {
            return new Change(slaId, name, inCurrent, inProposed, metBefore, breachedBefore, metAfter, breachedAfter,
                    metToBreached, breachedToMet);
        }
    }
}
