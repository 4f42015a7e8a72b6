package io.singlepoint.core.rasci;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The stored form of an assignment, stable and versioned:
 * {@code {"v":1,"R":[{"user":"JIRAUSER10100"},{"group":"network-team"}],"A":[{"user":"JIRAUSER10200"}],
 * "I":[{"email":"supplier@example.com"}]}}. Roles by letter in R, A, S, C, I order, empty roles left out; each
 * participant an object with one property, its kind. Reading accepts version 1 only and reports, not guesses.
 */
public final class RasciJson {

    /** The version this code writes. A reader of an older app meeting a newer one says so, instead of losing data. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RasciJson() {
    }

    public static String write(RasciAssignment assignment) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("v", VERSION);
        assignment.roles().forEach((role, participants) -> {
            ArrayNode list = root.putArray(String.valueOf(role.letter()));
            participants.forEach(participant -> add(list, participant));
        });
        return root.toString();
    }

    /**
     * @throws IllegalArgumentException with what is wrong, if the text is not a stored assignment of version 1
     */
    public static RasciAssignment read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a RASCI value is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a RASCI value is a JSON object, not " + json);
        }
        if (root.path("v").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("a RASCI value of version " + root.path("v") + " needs a newer"
                    + " SinglePoint; this one reads version " + VERSION);
        }
        Map<RasciRole, List<Participant>> roles = new EnumMap<>(RasciRole.class);
        root.fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals("v")) {
                roles.put(RasciRole.of(entry.getKey()), participants(entry.getKey(), entry.getValue()));
            }
        });
        return RasciAssignment.of(roles);
    }

    private static List<Participant> participants(String role, JsonNode list) {
        if (!list.isArray()) {
            throw new IllegalArgumentException(role + ": a list of participants, not " + list);
        }
        List<Participant> participants = new ArrayList<>();
        for (JsonNode participant : list) {
            participants.add(participant(role, participant));
        }
        return participants;
    }

    /** One participant, {@code {"user": "JIRAUSER10100"}}; {@code where} prefixes any problem. */
    static Participant participant(String where, JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException(where + ": a participant is {\"user\"|\"group\"|\"email\": ...}, not "
                    + node);
        }
        Map.Entry<String, JsonNode> only = node.fields().next();
        Participant.Kind kind;
        try {
            kind = Participant.Kind.valueOf(only.getKey().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": \"" + only.getKey() + "\" is not user, group or email", e);
        }
        return new Participant(kind, only.getValue().asText());
    }

    /** Appends {@code participant} to {@code list} in the stored form. */
    static void add(ArrayNode list, Participant participant) {
        list.addObject().put(participant.kind().name().toLowerCase(Locale.ROOT), participant.value());
    }
}
