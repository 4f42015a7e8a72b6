package io.singlepoint.core.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.singlepoint.core.Violation;

/**
 * Who a notification goes to: its rules in order, each person once, and whether the person who made the transition is
 * left out. Stored compactly, as Jira keeps post-function arguments as strings:
 * {@code {"to":["A","C","I","watchers","group:change-advisory-board","email:cab@example.com"],"excludeActor":true}}
 * (tokens in {@link RecipientRule}).
 *
 * @param rules        at least one, each once, in order
 * @param excludeActor whether the person who made the transition is left out (a change owner does not need to be told
 *                     what they just did)
 */
public record RecipientRules(List<RecipientRule> rules, boolean excludeActor) {

    /** More rules than anyone configures by hand; a longer list is an input to refuse. */
    public static final int MAX_RULES = 50;

    public RecipientRules {
        rules = List.copyOf(new LinkedHashSet<>(rules));
        if (rules.isEmpty() || rules.size() > MAX_RULES) {
            throw new IllegalArgumentException("a notification goes to 1 to " + MAX_RULES + " recipient rules, not "
                    + rules.size());
        }
    }

    public static RecipientRules of(boolean excludeActor, RecipientRule... rules) {
        return new RecipientRules(List.of(rules), excludeActor);
    }

    /**
     * Rules from their tokens ({@code "A"}, {@code "watchers"}, {@code "group:cab"}).
     *
     * @throws NotifyConfigException with a violation for every token that is not a rule, by its path {@code to[i]}
     */
    public static RecipientRules parse(List<String> tokens, boolean excludeActor) {
        List<Violation> violations = new ArrayList<>();
        RecipientRules rules = read(tokens, excludeActor, "to", violations);
        if (!violations.isEmpty()) {
            throw new NotifyConfigException(violations);
        }
        return rules;
    }

    /** The compact JSON form, {@code {"to":[...],"excludeActor":true}}. */
    public String toJson() {
        ObjectNode root = ConfigJson.MAPPER.createObjectNode();
        write(root);
        return root.toString();
    }

    /**
     * @throws NotifyConfigException with every violation, if the text is not the compact JSON form
     */
    public static RecipientRules fromJson(String json) {
        ConfigJson in = ConfigJson.parse(json);
        RecipientRules rules = in.recipients();
        in.refuseUnknown("to", "excludeActor");
        in.finish();
        return rules;
    }

    /** The tokens of the rules, in order. */
    public List<String> tokens() {
        return rules.stream().map(RecipientRule::token).toList();
    }

    void write(ObjectNode node) {
        tokens().forEach(node.putArray("to")::add);
        if (excludeActor) {
            node.put("excludeActor", true);
        }
    }

    /** Reads tokens, adding a violation for each bad one; {@code null} if there is no rule to make. */
    static RecipientRules read(List<String> tokens, boolean excludeActor, String path, List<Violation> violations) {
        List<RecipientRule> rules = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            try {
                rules.add(RecipientRule.parse(token));
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of(tokenError(token), path + "[" + i + "]", token));
            }
        }
        if (tokens.isEmpty()) {
            violations.add(Violation.of("singlepoint.notify.config.error.recipients.empty", path));
        } else if (new LinkedHashSet<>(rules).size() > MAX_RULES) {
            violations.add(Violation.of("singlepoint.notify.config.error.recipients.toomany", path, MAX_RULES));
        }
        return violations.isEmpty() ? new RecipientRules(rules, excludeActor) : null;
    }

    private static String tokenError(String token) {
        String kind = token.strip().toLowerCase(java.util.Locale.ROOT);
        if (kind.startsWith("email:")) {
            return "singlepoint.notify.config.error.recipient.address";
        }
        if (kind.startsWith("group:") || kind.startsWith("project-role:")) {
            return "singlepoint.notify.config.error.recipient.name";
        }
        return "singlepoint.notify.config.error.recipient.unknown";
    }
}
