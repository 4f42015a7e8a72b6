package io.singlepoint.core.rasci;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How to fill an empty RASCI field when an issue is created, per project and issue type: each role from people the
 * issue already names (the project lead, the assignee, the reporter) or from fixed participants. People the issue
 * does not have (no assignee) are skipped.
 */
public record RasciDefaults(Map<RasciRole, List<Source>> sources) {

    /** Where a default participant comes from. */
    public enum From { PROJECT_LEAD, ASSIGNEE, REPORTER, FIXED }

    /**
     * One default.
     *
     * @param from        where it comes from
     * @param participant the participant, for {@link From#FIXED} only
     */
    public record Source(From from, Participant participant) {

        public Source {
            requireNonNull(from, "from");
            if ((from == From.FIXED) != (participant != null)) {
                throw new IllegalArgumentException("a fixed default names its participant, the others none");
            }
        }

        public static Source of(From from) {
            return new Source(from, null);
        }

        public static Source fixed(Participant participant) {
            return new Source(From.FIXED, requireNonNull(participant, "participant"));
        }
    }

    /**
     * The people an issue names when it is created, by user key; {@code null} when it has none.
     *
     * @param projectLead the project's lead
     * @param assignee    the assignee
     * @param reporter    the reporter
     */
    public record IssueFacts(String projectLead, String assignee, String reporter) {
    }

    /** Accountable: the project lead; Responsible: the assignee; Informed: the reporter. */
    public static final RasciDefaults SUGGESTED = new RasciDefaults(Map.of(
            RasciRole.ACCOUNTABLE, List.of(Source.of(From.PROJECT_LEAD)),
            RasciRole.RESPONSIBLE, List.of(Source.of(From.ASSIGNEE)),
            RasciRole.INFORMED, List.of(Source.of(From.REPORTER))));

    public static final RasciDefaults NONE = new RasciDefaults(Map.of());

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public RasciDefaults {
        Map<RasciRole, List<Source>> copy = new EnumMap<>(RasciRole.class);
        sources.forEach((role, list) -> copy.put(requireNonNull(role, "role"), List.copyOf(list)));
        sources = Collections.unmodifiableMap(copy);
    }

    /** The assignment these defaults give an issue with these facts. */
    public RasciAssignment apply(IssueFacts facts) {
        Map<RasciRole, List<Participant>> roles = new EnumMap<>(RasciRole.class);
        sources.forEach((role, list) -> {
            List<Participant> participants = new ArrayList<>();
            for (Source source : list) {
                String key = switch (source.from()) {
                    case PROJECT_LEAD -> facts.projectLead();
                    case ASSIGNEE -> facts.assignee();
                    case REPORTER -> facts.reporter();
                    case FIXED -> null;
                };
                if (source.from() == From.FIXED) {
                    participants.add(source.participant());
                } else if (key != null) {
                    participants.add(Participant.user(key));
                }
            }
            roles.put(role, participants);
        });
        return RasciAssignment.of(roles);
    }

    /** {@code {"A":["PROJECT_LEAD"],"I":["REPORTER",{"group":"service-owners"}]}} */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        sources.forEach((role, list) -> {
            ArrayNode array = root.putArray(String.valueOf(role.letter()));
            for (Source source : list) {
                if (source.from() == From.FIXED) {
                    RasciJson.add(array, source.participant());
                } else {
                    array.add(source.from().name());
                }
            }
        });
        return root.toString();
    }

    /**
     * @throws IllegalArgumentException naming what is wrong, if the text is not such defaults
     */
    public static RasciDefaults fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("RASCI defaults are not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("RASCI defaults are a JSON object, not " + json);
        }
        Map<RasciRole, List<Source>> sources = new EnumMap<>(RasciRole.class);
        root.fields().forEachRemaining(entry -> {
            RasciRole role = RasciRole.of(entry.getKey());
            List<Source> list = new ArrayList<>();
            for (JsonNode item : entry.getValue()) {
                if (item.isTextual()) {
                    try {
                        From from = From.valueOf(item.asText());
                        if (from == From.FIXED) {
                            throw new IllegalArgumentException("FIXED needs a participant");
                        }
                        list.add(Source.of(from));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(entry.getKey() + ": \"" + item.asText() + "\" is not"
                                + " PROJECT_LEAD, ASSIGNEE or REPORTER", e);
                    }
                } else {
                    list.add(Source.fixed(RasciJson.participant(entry.getKey(), item)));
                }
            }
            sources.put(role, list);
        });
        return new RasciDefaults(sources);
    }
}
