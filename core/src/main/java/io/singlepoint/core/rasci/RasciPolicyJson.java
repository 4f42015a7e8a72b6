package io.singlepoint.core.rasci;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.Participant.Kind;
import io.singlepoint.core.rasci.RasciPolicy.RoleRule;

/**
 * The stored form of a {@link RasciPolicy}, versioned like {@link RasciJson}:
 * {@code {"v":1,"A":{"min":1,"max":1,"kinds":["user"]},"R":{"min":1,"kinds":["user","group"]}}}. Roles by letter;
 * {@code max} left out for no limit; a role left out is free. Reading accepts version 1 only and reports, not guesses.
 * {@link #check} says, as violations, what is wrong with one role's rule before it is built (the admin form).
 */
public final class RasciPolicyJson {

    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RasciPolicyJson() {
    }

    public static String write(RasciPolicy policy) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("v", VERSION);
        policy.rules().forEach((role, rule) -> {
            ObjectNode node = root.putObject(String.valueOf(role.letter()));
            node.put("min", rule.min());
            if (rule.max() != RoleRule.UNLIMITED) {
                node.put("max", rule.max());
            }
            rule.kinds().forEach(kind -> node.withArray("kinds").add(kind.name().toLowerCase(Locale.ROOT)));
        });
        return root.toString();
    }

    /** @throws IllegalArgumentException with what is wrong, if the text is not a stored policy of version 1 */
    public static RasciPolicy read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a RASCI policy is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a RASCI policy is a JSON object, not " + json);
        }
        if (root.path("v").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("a RASCI policy of version " + root.path("v") + " needs a newer"
                    + " SinglePoint; this one reads version " + VERSION);
        }
        Map<RasciRole, RoleRule> rules = new EnumMap<>(RasciRole.class);
        root.fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals("v")) {
                rules.put(RasciRole.of(entry.getKey()), rule(entry.getKey(), entry.getValue()));
            }
        });
        return new RasciPolicy(rules);
    }

    private static RoleRule rule(String role, JsonNode node) {
        if (!node.isObject() || !node.path("min").isInt() || !(node.path("max").isMissingNode()
                || node.path("max").isInt()) || !node.path("kinds").isArray()) {
            throw new IllegalArgumentException(role + ": a rule is {\"min\": n, \"max\": n, \"kinds\": [...]}, not "
                    + node);
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (JsonNode kind : node.path("kinds")) {
            try {
                kinds.add(Kind.valueOf(kind.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(role + ": \"" + kind.asText() + "\" is not user, group or email", e);
            }
        }
        int min = node.path("min").asInt();
        int max = node.has("max") ? node.path("max").asInt() : RoleRule.UNLIMITED;
        List<Violation> problems = check(RasciRole.of(role), min, max, kinds);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(role + ": " + problems);
        }
        return new RoleRule(min, max, kinds);
    }

    /**
     * What is wrong with a rule for {@code role} ({@code max} {@link RoleRule#UNLIMITED} for no limit); empty when
     * {@code new RoleRule(min, max, kinds)} succeeds. Keys take the role first:
     * {@code singlepoint.rasci.policy.error.min} (role, min), {@code .max} (role, min, max), {@code .kinds} (role).
     */
    public static List<Violation> check(RasciRole role, int min, int max, Set<Kind> kinds) {
        List<Violation> problems = new ArrayList<>();
        if (min < 0) {
            problems.add(Violation.of("singlepoint.rasci.policy.error.min", role, min));
        } else if (max < Math.max(min, 1)) {
            problems.add(Violation.of("singlepoint.rasci.policy.error.max", role, min, max));
        }
        if (kinds.isEmpty()) {
            problems.add(Violation.of("singlepoint.rasci.policy.error.kinds", role));
        }
        return problems;
    }
}
