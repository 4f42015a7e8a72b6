package io.singlepoint.jira.rasci.admin;

import java.util.List;
import java.util.Map;

/**
 * What the RASCI defaults page shows ({@code $view}): the rules, the form's values and every problem with the last
 * submission.
 *
 * @param rules    the stored rules, as rows
 * @param problems what was wrong with the last submission, in the administrator's language
 * @param form     the form's values by input name ({@code field}, {@code project}, {@code type}, {@code R} …)
 * @param saved    whether the last submission was saved
 */
public record RasciDefaultsView(List<RasciDefaultsRow> rules, List<String> problems, Map<String, String> form, boolean saved) {

    public RasciDefaultsView {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
        form = Map.copyOf(form);
    }

    /** The form's value of an input, empty if none. */
    public String value(String input) {
        return form.getOrDefault(input, "");
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
