package io.singlepoint.core.rasci;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * What changed between two assignments, role by role, for the change history:
 * {@code Accountable: Ann → Bob; Informed: + service-owners}.
 */
public record RasciDiff(List<RoleChange> changes) {

    /**
     * One role's change.
     *
     * @param role    the role
     * @param before  its participants before
     * @param after   its participants after
     * @param added   in {@code after} but not {@code before}, in order
     * @param removed in {@code before} but not {@code after}, in order
     */
    public record RoleChange(RasciRole role, List<Participant> before, List<Participant> after,
                             List<Participant> added, List<Participant> removed) {

        public RoleChange {
            requireNonNull(role, "role");
            before = List.copyOf(before);
            after = List.copyOf(after);
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        /** One participant replaced by another: shown as {@code A → B}. */
        boolean isReplacement() {
            return before.size() == 1 && after.size() == 1 && !before.equals(after);
        }
    }

    public RasciDiff {
        changes = List.copyOf(changes);
    }

    /** The roles whose participants or their order differ, in R, A, S, C, I order. */
    public static RasciDiff between(RasciAssignment before, RasciAssignment after) {
        List<RoleChange> changes = new ArrayList<>();
        for (RasciRole role : RasciRole.values()) {
            List<Participant> was = before.participants(role);
            List<Participant> is = after.participants(role);
            if (!was.equals(is)) {
                changes.add(new RoleChange(role, was, is,
                        is.stream().filter(p -> !was.contains(p)).toList(),
                        was.stream().filter(p -> !is.contains(p)).toList()));
            }
        }
        return new RasciDiff(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The change in words: each role's name, then {@code A → B} for one participant replaced by another,
     * {@code + X} for each added and {@code − Y} for each removed, or the old and new order when only the order
     * changed; roles separated by {@code ; }.
     *
     * @param roleName        the role's name in the reader's language
     * @param participantName how a participant is shown (a user's display name, a group's name, an address)
     */
    public String render(Function<RasciRole, String> roleName, Function<Participant, String> participantName) {
        StringJoiner roles = new StringJoiner("; ");
        for (RoleChange change : changes) {
            StringJoiner parts = new StringJoiner(", ");
            if (change.isReplacement()) {
                parts.add(participantName.apply(change.before().get(0)) + " → "
                        + participantName.apply(change.after().get(0)));
            } else if (change.added().isEmpty() && change.removed().isEmpty()) {
                parts.add(names(change.before(), participantName) + " → " + names(change.after(), participantName));
            } else {
                change.added().forEach(p -> parts.add("+ " + participantName.apply(p)));
                change.removed().forEach(p -> parts.add("− " + participantName.apply(p)));
            }
            roles.add(roleName.apply(change.role()) + ": " + parts);
        }
        return roles.toString();
    }

    private static String names(List<Participant> participants, Function<Participant, String> name) {
        return String.join(", ", participants.stream().map(name).toList());
    }
}
