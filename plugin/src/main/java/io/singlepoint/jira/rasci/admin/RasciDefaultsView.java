package io.singlepoint.jira.rasci.admin;

import java.util.List;
import java.util.Map;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciRole;

/**
 * What the RASCI defaults page shows ({@code $view}): the rules, the form's values and every problem with the last
 * submission.
 *
 * @param rules    the stored rules, as rows
 * @param problems what was wrong with the last submission, in the administrator's language
 * @param form     the form's values by input name ({@code field}, {@code project}, {@code type}, {@code R} …)
 * @param saved    whether the last submission was saved
 * @param policies the fields' own policies, as rows
 * @param rebuild  the state of the search table's rebuild, in the administrator's language; empty if none ran
 * @param picker   the policy the role inputs' picker follows: which roles it suggests groups for
 */
public record RasciDefaultsView(List<RasciDefaultsRow> rules, List<String> problems, Map<String, String> form, boolean saved,
                                List<RasciPolicyRow> policies, String rebuild, RasciPolicy picker) {

    public RasciDefaultsView {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
        form = Map.copyOf(form);
        policies = List.copyOf(policies);
        picker = picker == null ? RasciPolicy.DEFAULT : picker;
    }

    /** A page whose picker follows the default policy. */
    public RasciDefaultsView(List<RasciDefaultsRow> rules, List<String> problems, Map<String, String> form,
                             boolean saved, List<RasciPolicyRow> policies, String rebuild) {
        this(rules, problems, form, saved, policies, rebuild, RasciPolicy.DEFAULT);
    }

    /** Whether the picker of the role with this letter (R, A, S, C, I) suggests groups. */
    public boolean allowsGroups(String letter) {
        return java.util.Arrays.stream(RasciRole.values())
                .filter(role -> String.valueOf(role.letter()).equals(letter))
                .anyMatch(role -> picker.rule(role).kinds().contains(Participant.Kind.GROUP));
    }

    /** Whether the checkbox {@code value} of the input {@code input} (comma-separated values) is checked. */
    public boolean checked(String input, String value) {
        return java.util.Arrays.asList(value(input).split(",")).contains(value);
    }

    /** The form's value of an input, empty if none. */
    public String value(String input) {
        return form.getOrDefault(input, "");
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
