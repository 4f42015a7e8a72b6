package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What to do when someone comments on an issue, in Jira or by mail: if the issue waits on them (it is in a status
 * that pauses an SLA, and they are one the project says the issue waits on), hand it back to the agent through the
 * project's transition for that status, which resumes the clock from history; with no transition configured, flag
 * the issue for the agent instead.
 */
public final class ResumeOnReply {

    /** Who may answer for the user an issue waits on. */
    public enum Participant { REPORTER, WATCHER }

    /** The decision about one comment. */
    public sealed interface Decision permits Resume, Flag, Ignore {
    }

    /** Run workflow transition {@code transitionId} out of {@code status}. */
    public record Resume(String status, int transitionId) implements Decision {
    }

    /** The issue waits in {@code status}, the answer came, and no transition is configured: the agent must act. */
    public record Flag(String status) implements Decision {
    }

    /** Nothing to do, and why. */
    public record Ignore(Reason reason) implements Decision {
    }

    public enum Reason {
        /** The issue is in no status that pauses an SLA. */
        NOT_WAITING,
        /** The issue waits, but not on the one who commented. */
        NOT_THE_ONE_WAITED_ON
    }

    /**
     * A project's rules: the transition that hands the issue back to the agent from each pausing status, and who may
     * answer.
     *
     * @param transitions pausing status → workflow transition (action) id; names compare ignoring case
     * @param answeredBy  whose comments count as the user's answer; the reporter by default
     * @param runAs       the user key the transition runs as, since requesters rarely may transition issues
     *                    themselves; {@code null}: as the one who answered
     */
    public record Rules(Map<String, Integer> transitions, Set<Participant> answeredBy, String runAs) {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        /** No transitions, answered by the reporter: waiting issues get flagged. */
        public static final Rules DEFAULT = new Rules(Map.of(), EnumSet.of(Participant.REPORTER), null);

        public Rules(Map<String, Integer> transitions, Set<Participant> answeredBy) {
            this(transitions, answeredBy, null);
        }

        public Rules {
            runAs = runAs == null || runAs.isBlank() ? null : runAs;
            transitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(transitions));
            answeredBy = answeredBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(answeredBy));
        }

        /** The transition configured for {@code status}, ignoring case, or {@code null}. */
        public Integer transitionFor(String status) {
            String key = StatusSet.key(status);
            for (Map.Entry<String, Integer> entry : transitions.entrySet()) {
                if (StatusSet.key(entry.getKey()) == key) {
                    return entry.getValue();
                }
            }
            return null;
        }

        /** {@code {"transitions": {"Info Requested": 51}, "answeredBy": ["REPORTER"], "runAs": "sd-bot"}} */
        public String toJson() {
            ObjectNode root = MAPPER.createObjectNode();
            ObjectNode transitionsNode = root.putObject("transitions");
            transitions.forEach(transitionsNode::put);
            ArrayNode answered = root.putArray("answeredBy");
            answeredBy.stream().sorted().forEach(p -> answered.add(p.name()));
            if (runAs != null) {
                root.put("runAs", runAs);
            }
            return root.toString();
        }

        /**
         * @throws IllegalArgumentException naming the problems, if the text is not such rules
         */
        public static Rules fromJson(String json) {
            JsonNode root;
            try {
                root = MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("resume rules are not valid JSON: " + e.getOriginalMessage(), e);
            }
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("resume rules are a JSON object, not " + json);
            }
            Map<String, Integer> transitions = new LinkedHashMap<>();
            root.path("transitions").fields().forEachRemaining(e -> {
                if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                    throw new IllegalArgumentException("transitions." + e.getKey() + ": a transition id is a"
                            + " non-negative number, not " + e.getValue());
                }
                transitions.put(e.getKey(), e.getValue().asInt());
            });
            Set<Participant> answeredBy = EnumSet.noneOf(Participant.class);
            for (JsonNode participant : root.path("answeredBy")) {
                try {
                    answeredBy.add(Participant.valueOf(participant.asText()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("answeredBy: \"" + participant.asText() + "\" is not one of "
                            + List.of(Participant.values()), e);
                }
            }
            JsonNode runAs = root.path("runAs");
            return new Rules(transitions, answeredBy, runAs.isTextual() ? runAs.asText() : null);
        }
    }

    private ResumeOnReply() {
    }

    /**
     * Whether an issue in {@code status} waits on the user: some SLA of {@code config} pauses in it. An issue that no
     * longer waits needs no flag for its agent.
     */
    public static boolean isWaiting(String status, SlaConfig config) {
        requireNonNull(status, "status");
        String key = StatusSet.key(status);
        return config.slas().stream().anyMatch(sla -> sla.pause().containsKey(key));
    }

    /**
     * @param status    the status when the comment was made
     * @param commenter what the commenter is on the issue (reporter, watcher), possibly nothing
     * @param rules     the project's rules
     * @param config    the SLA configuration: its pause statuses are the ones that wait on the user
     */
    public static Decision decide(String status, Set<Participant> commenter, Rules rules, SlaConfig config) {
        if (!isWaiting(status, config)) {
            return new Ignore(Reason.NOT_WAITING);
        }
        if (commenter.stream().noneMatch(rules.answeredBy()::contains)) {
            return new Ignore(Reason.NOT_THE_ONE_WAITED_ON);
        }
        Integer transition = rules.transitionFor(status);
        return transition == null ? new Flag(status) : new Resume(status, transition);
    }
}
