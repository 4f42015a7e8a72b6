package io.singlepoint.core.rasci;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who plays which role on an issue: each role's participants, in the order they were given, each once per role.
 * A participant may hold several roles (who is Accountable is often also Responsible). Immutable.
 */
public final class RasciAssignment {

    public static final RasciAssignment EMPTY = new RasciAssignment(new EnumMap<>(RasciRole.class));

    private final Map<RasciRole, List<Participant>> roles;

    private RasciAssignment(Map<RasciRole, List<Participant>> roles) {
        this.roles = roles;
    }

    /** An assignment of these participants; duplicates within a role are dropped, keeping the first. */
    public static RasciAssignment of(Map<RasciRole, ? extends Iterable<Participant>> roles) {
        Map<RasciRole, List<Participant>> copy = new EnumMap<>(RasciRole.class);
        roles.forEach((role, participants) -> {
            Set<Participant> unique = new LinkedHashSet<>();
            participants.forEach(p -> unique.add(requireNonNull(p, "participant")));
            if (!unique.isEmpty()) {
                copy.put(requireNonNull(role, "role"), List.copyOf(unique));
            }
        });
        return new RasciAssignment(copy);
    }

    /** The participants of {@code role}, in order; empty if none. */
    public List<Participant> participants(RasciRole role) {
        return roles.getOrDefault(role, List.of());
    }

    /** Every role that has participants, in R, A, S, C, I order. */
    public Map<RasciRole, List<Participant>> roles() {
        return Collections.unmodifiableMap(roles);
    }

    public boolean isEmpty() {
        return roles.isEmpty();
    }

    /** This assignment with {@code participant} added to the end of {@code role} (unchanged if already there). */
    public RasciAssignment with(RasciRole role, Participant participant) {
        Map<RasciRole, List<Participant>> copy = new EnumMap<>(RasciRole.class);
        copy.putAll(roles);
        List<Participant> list = new ArrayList<>(participants(role));
        list.add(participant);
        copy.put(role, list);
        return of(copy);
    }

    /** This assignment with {@code role} held by exactly these participants. */
    public RasciAssignment withRole(RasciRole role, List<Participant> participants) {
        Map<RasciRole, List<Participant>> copy = new EnumMap<>(RasciRole.class);
        copy.putAll(roles);
        copy.put(role, participants);
        return of(copy);
    }

    /** The participants of the given roles, in role order then their order, each once: a list of recipients. */
    public List<Participant> participants(Set<RasciRole> of) {
        Set<Participant> all = new LinkedHashSet<>();
        for (RasciRole role : RasciRole.values()) {
            if (of.contains(role)) {
                all.addAll(participants(role));
            }
        }
        return List.copyOf(all);
    }

    /** The roles {@code participant} holds, in R, A, S, C, I order. */
    public Set<RasciRole> rolesOf(Participant participant) {
        Set<RasciRole> held = java.util.EnumSet.noneOf(RasciRole.class);
        roles.forEach((role, participants) -> {
            if (participants.contains(participant)) {
                held.add(role);
            }
        });
        return held;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RasciAssignment that && roles.equals(that.roles);
    }

    @Override
    public int hashCode() {
        return roles.hashCode();
    }

    @Override
    public String toString() {
        return "RasciAssignment" + roles;
    }
}
