package io.singlepoint.jira.rasci.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.Participant.Kind;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciPolicy.RoleRule;
import io.singlepoint.core.rasci.RasciPolicyJson;
import io.singlepoint.core.rasci.RasciRole;

/**
 * The policy form of the RASCI defaults page: per role {@code min-R} (a whole number, empty for 0), {@code max-R}
 * (empty for no limit) and the checkboxes {@code kinds-R} ({@code user}, {@code group}, {@code email}), for each role
 * letter. Reads them into a policy with every problem ({@code singlepoint.rasci.policy.error.*}), and writes a policy
 * back into form values.
 */
final class RasciPolicyForm {

    /** The policy read, and every problem with the form; the policy is {@code null} when there are problems. */
    record Reading(RasciPolicy policy, List<Violation> problems) {

        Reading {
            problems = List.copyOf(problems);
        }
    }

    private RasciPolicyForm() {
    }

    /**
     * @param parameter a request's single value of an input, {@code null} if none
     * @param values    a request's values of an input (checkboxes), {@code null} if none
     */
    static Reading read(Function<String, String> parameter, Function<String, String[]> values) {
        List<Violation> problems = new ArrayList<>();
        Map<RasciRole, RoleRule> rules = new EnumMap<>(RasciRole.class);
        for (RasciRole role : RasciRole.values()) {
            Integer min = number(role, parameter.apply("min-" + role.letter()), 0, problems);
            Integer max = number(role, parameter.apply("max-" + role.letter()), RoleRule.UNLIMITED, problems);
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            String[] checked = values.apply("kinds-" + role.letter());
            for (String kind : checked == null ? new String[0] : checked) {
                try {
                    kinds.add(Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(Violation.of("singlepoint.rasci.policy.error.kind", role, kind));
                }
            }
            if (min == null || max == null) {
                continue;
            }
            List<Violation> wrong = RasciPolicyJson.check(role, min, max, kinds);
            problems.addAll(wrong);
            if (wrong.isEmpty()) {
                rules.put(role, new RoleRule(min, max, kinds));
            }
        }
        return new Reading(problems.isEmpty() ? new RasciPolicy(rules) : null, problems);
    }

    private static Integer number(RasciRole role, String text, int empty, List<Violation> problems) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return empty;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            problems.add(Violation.of("singlepoint.rasci.policy.error.number", role, typed));
            return null;
        }
    }

    /** The form's values showing {@code policy}. */
    static Map<String, String> values(RasciPolicy policy) {
        Map<String, String> values = new HashMap<>();
        for (RasciRole role : RasciRole.values()) {
            RoleRule rule = policy.rule(role);
            values.put("min-" + role.letter(), String.valueOf(rule.min()));
            values.put("max-" + role.letter(), rule.max() == RoleRule.UNLIMITED ? "" : String.valueOf(rule.max()));
            values.put("kinds-" + role.letter(), kinds(rule));
        }
        return values;
    }

    /** {@code user,group}: the kinds of a rule as the checkboxes' values. */
    static String kinds(RoleRule rule) {
        return rule.kinds().stream().map(kind -> kind.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }
}
