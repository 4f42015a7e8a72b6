package io.singlepoint.core.rasci;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.Participant.Kind;

/**
 * What a valid assignment is, per field configuration: for each role how many participants it needs and allows, and
 * which kinds (users, groups, outside addresses) may hold it. {@link #validate} returns every violation at once.
 */
public record RasciPolicy(Map<RasciRole, RoleRule> rules) {

    /**
     * One role's rule.
     *
     * @param min   participants the role needs; 0 for none
     * @param max   participants it allows, at least {@code max(min, 1)}; {@link #UNLIMITED} for no limit
     * @param kinds what may hold it
     */
    public record RoleRule(int min, int max, Set<Kind> kinds) {

        public static final int UNLIMITED = Integer.MAX_VALUE;

        public RoleRule {
            if (min < 0 || max < Math.max(min, 1)) {
                throw new IllegalArgumentException("a role needs 0 or more and allows at least 1 and at least as many"
                        + " as it needs, not " + min + " to " + max);
            }
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("a role must allow users, groups or addresses");
            }
            kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        }
    }

    /**
     * Exactly one Accountable, a user; at least one Responsible, users or groups; Supportive users or groups;
     * Consulted and Informed also outside addresses.
     */
    public static final RasciPolicy DEFAULT = new RasciPolicy(Map.of(
            RasciRole.RESPONSIBLE, new RoleRule(1, RoleRule.UNLIMITED, EnumSet.of(Kind.USER, Kind.GROUP)),
            RasciRole.ACCOUNTABLE, new RoleRule(1, 1, EnumSet.of(Kind.USER)),
            RasciRole.SUPPORTIVE, new RoleRule(0, RoleRule.UNLIMITED, EnumSet.of(Kind.USER, Kind.GROUP)),
            RasciRole.CONSULTED, new RoleRule(0, RoleRule.UNLIMITED, EnumSet.allOf(Kind.class)),
            RasciRole.INFORMED, new RoleRule(0, RoleRule.UNLIMITED, EnumSet.allOf(Kind.class))));

    /** No requirement at all: any participant may hold any role. */
    private static final RoleRule FREE = new RoleRule(0, RoleRule.UNLIMITED, EnumSet.allOf(Kind.class));

    public RasciPolicy {
        Map<RasciRole, RoleRule> copy = new EnumMap<>(RasciRole.class);
        rules.forEach((role, rule) -> copy.put(requireNonNull(role, "role"), requireNonNull(rule, "rule")));
        rules = Collections.unmodifiableMap(copy);
    }

    /** The rule of {@code role}; a role without one is free. */
    public RoleRule rule(RasciRole role) {
        return rules.getOrDefault(role, FREE);
    }

    /**
     * Every rule the assignment breaks, in role order. Keys ({@code singlepoint.rasci.error.*}) take the role as
     * their first argument, then numbers or the offending participant:
     * <ul>
     *   <li>{@code missing}: the role needs someone — (role)</li>
     *   <li>{@code toofew}: (role, needed, given)</li>
     *   <li>{@code onlyone}: the role allows one — (role, given)</li>
     *   <li>{@code toomany}: (role, allowed, given)</li>
     *   <li>{@code kind}: this kind may not hold the role — (role, participant)</li>
     * </ul>
     */
    public List<Violation> validate(RasciAssignment assignment) {
        List<Violation> violations = new ArrayList<>();
        for (RasciRole role : RasciRole.values()) {
            RoleRule rule = rule(role);
            List<Participant> participants = assignment.participants(role);
            int given = participants.size();
            if (given < rule.min()) {
                violations.add(rule.min() == 1 ? Violation.of("singlepoint.rasci.error.missing", role)
                        : Violation.of("singlepoint.rasci.error.toofew", role, rule.min(), given));
            }
            if (given > rule.max()) {
                violations.add(rule.max() == 1 ? Violation.of("singlepoint.rasci.error.onlyone", role, given)
                        : Violation.of("singlepoint.rasci.error.toomany", role, rule.max(), given));
            }
            for (Participant participant : participants) {
                if (!rule.kinds().contains(participant.kind())) {
                    violations.add(Violation.of("singlepoint.rasci.error.kind", role, participant));
                }
            }
        }
        return violations;
    }
}
