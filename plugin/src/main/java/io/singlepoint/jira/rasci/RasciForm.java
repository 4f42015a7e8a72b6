package io.singlepoint.jira.rasci;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciRole;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads what someone typed per role (the edit form's inputs, a REST body) into an assignment, and says everything
 * wrong with it: words that name nobody, then what the policy rejects. Words are separated by commas. Nothing typed
 * at all is no value, which the policy does not judge.
 */
@Named
public final class RasciForm {

    /** The assignment read, and every problem: unknown users and bad words first, then policy violations. */
    public record Reading(RasciAssignment assignment, List<Violation> problems) {

        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final RasciPeople people;
    private final RasciPolicy policy;

    @Inject
    public RasciForm(RasciPeople people) {
        this(people, RasciPolicy.DEFAULT);
    }

    RasciForm(RasciPeople people, RasciPolicy policy) {
        this.people = people;
        this.policy = policy;
    }

    /** The policy every RASCI field follows. */
    public RasciPolicy policy() {
        return policy;
    }

    /** @param typed per role, the comma-separated words typed; a missing role is empty */
    public Reading read(Map<RasciRole, String> typed) {
        Map<RasciRole, List<Participant>> roles = new EnumMap<>(RasciRole.class);
        List<Violation> problems = new ArrayList<>();
        typed.forEach((role, text) -> roles.put(role, participants(role, text == null ? "" : text, problems)));
        RasciAssignment assignment = RasciAssignment.of(roles);
        if (problems.isEmpty()) {
            problems.addAll(check(assignment));
        }
        return new Reading(assignment, problems);
    }

    /**
     * What the policy rejects in an assignment already read (a stored or a JSON value). An empty assignment is no
     * value: whether the field must have one is the field configuration's "required", not the policy's.
     */
    public List<Violation> check(RasciAssignment assignment) {
        return assignment.isEmpty() ? List.of() : policy.validate(assignment);
    }

    private List<Participant> participants(RasciRole role, String text, List<Violation> problems) {
        List<Participant> participants = new ArrayList<>();
        for (String word : text.split(",")) {
            if (word.isBlank()) {
                continue;
            }
            try {
                Optional<Participant> participant = people.resolve(word);
                if (participant.isPresent()) {
                    participants.add(participant.get());
                } else {
                    problems.add(Violation.of("singlepoint.rasci.field.unknown-user", role, word.strip()));
                }
            } catch (IllegalArgumentException e) {
                problems.add(Violation.of("singlepoint.rasci.field.bad-word", role, word.strip()));
            }
        }
        return participants;
    }
}
