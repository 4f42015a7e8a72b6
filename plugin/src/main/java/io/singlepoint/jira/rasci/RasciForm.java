package io.singlepoint.jira.rasci;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciRole;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads what someone typed per role (the edit form's inputs, a REST body) into an assignment, and says everything
 * wrong with it: words that name nobody, then what the field's policy ({@link RasciPolicyStore}) rejects. Words are separated by commas. Nothing typed
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
    private final Function<String, RasciPolicy> policies;

    @Inject
    public RasciForm(RasciPeople people, RasciPolicyStore policies) {
        this(people, policies::policy);
    }

    /** A form for which every field follows the default policy (tests, tools without a policy store). */
    public RasciForm(RasciPeople people) {
        this(people, field -> RasciPolicy.DEFAULT);
    }

    /** A form whose fields follow {@code policies} (a field id to its policy). */
    public RasciForm(RasciPeople people, Function<String, RasciPolicy> policies) {
        this.people = people;
        this.policies = policies;
    }

    /** The policy {@code fieldId} follows: its own, else the default; the default for {@code null}. */
    public RasciPolicy policy(String fieldId) {
        return fieldId == null ? RasciPolicy.DEFAULT : policies.apply(fieldId);
    }

    /** {@link #read(Map, String)} against the default policy. */
    public Reading read(Map<RasciRole, String> typed) {
        return read(typed, null);
    }

    /**
     * @param typed   per role, the comma-separated words typed; a missing role is empty
     * @param fieldId the field whose policy applies; {@code null} for the default policy
     */
    public Reading read(Map<RasciRole, String> typed, String fieldId) {
        Map<RasciRole, List<Participant>> roles = new EnumMap<>(RasciRole.class);
        List<Violation> problems = new ArrayList<>();
        typed.forEach((role, text) -> roles.put(role, participants(role, text == null ? "" : text, problems)));
        RasciAssignment assignment = RasciAssignment.of(roles);
        if (problems.isEmpty()) {
            problems.addAll(check(assignment, fieldId));
        }
        return new Reading(assignment, problems);
    }

    /**
     * What the policy rejects in an assignment already read (a stored or a JSON value). An empty assignment is no
     * value: whether the field must have one is the field configuration's "required", not the policy's.
     */
    public List<Violation> check(RasciAssignment assignment, String fieldId) {
        return assignment.isEmpty() ? List.of() : policy(fieldId).validate(assignment);
    }

    /** {@link #check(RasciAssignment, String)} against the default policy. */
    public List<Violation> check(RasciAssignment assignment) {
        return check(assignment, null);
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
