package io.singlepoint.core.notify;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.singlepoint.core.Violation;

/**
 * Reads the stored JSON of a notification's configuration, collecting a {@link Violation} for every problem, each
 * with the JSON path of its value as first argument. One object level at a time; {@link #child} reads a nested one.
 */
final class ConfigJson {

    /** A stored configuration is a few hundred characters; anything past this is not one. */
    static final int MAX_CHARS = 16_384;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
                    .build())
            .build();

    private final JsonNode node;
    private final String path;
    private final List<Violation> violations;

    private ConfigJson(JsonNode node, String path, List<Violation> violations) {
        this.node = node;
        this.path = path;
        this.violations = violations;
    }

    /**
     * @throws NotifyConfigException if the text is not a JSON object of at most {@value #MAX_CHARS} characters
     */
    static ConfigJson parse(String json) {
        if (json == null || json.length() > MAX_CHARS) {
            throw new NotifyConfigException(List.of(Violation.of("singlepoint.notify.config.error.json", "",
                    json == null ? "null" : "longer than " + MAX_CHARS + " characters")));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new NotifyConfigException(List.of(Violation.of("singlepoint.notify.config.error.json", "",
                    HeaderValue.oneLine(e.getOriginalMessage(), 200))));
        }
        if (root == null || !root.isObject()) {
            throw new NotifyConfigException(List.of(Violation.of("singlepoint.notify.config.error.json", "",
                    "not a JSON object")));
        }
        return new ConfigJson(root, "", new ArrayList<>());
    }

    /** The nested object {@code name}, or {@code null} (with a violation if it is there but not an object). */
    ConfigJson child(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            wrongType(name, "object");
            return null;
        }
        return new ConfigJson(value, at(name), violations);
    }

    boolean has(String name) {
        return node.hasNonNull(name);
    }

    /** The text {@code name}, or {@code null} if absent (with a violation if required or not text). */
    String text(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                add("singlepoint.notify.config.error.required", at(name));
            }
            return null;
        }
        if (!value.isTextual()) {
            wrongType(name, "text");
            return null;
        }
        return value.asText();
    }

    /** The list of texts {@code name}; empty if absent or wrong (with a violation if wrong). */
    List<String> texts(String name) {
        JsonNode value = node.get(name);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            wrongType(name, "list");
            return texts;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                texts.add(value.get(i).asText());
            } else {
                wrongType(name + "[" + i + "]", "text");
            }
        }
        return texts;
    }

    /** Whether {@code name} is the whole number {@code expected}. */
    boolean isInt(String name, int expected) {
        JsonNode value = node.get(name);
        return value != null && value.isIntegralNumber() && value.canConvertToInt() && value.intValue() == expected;
    }

    boolean bool(String name) {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull() && !value.isBoolean()) {
            wrongType(name, "boolean");
        }
        return value != null && value.asBoolean(false);
    }

    /** {@code to} and {@code excludeActor}, or {@code null} with violations. */
    RecipientRules recipients() {
        if (!has("to")) {
            add("singlepoint.notify.config.error.required", at("to"));
            return null;
        }
        int before = violations.size();
        List<String> tokens = texts("to");
        boolean excludeActor = bool("excludeActor");
        return violations.size() > before ? null : RecipientRules.read(tokens, excludeActor, at("to"), violations);
    }

    /** A violation for each property not in {@code known}: a misspelt property is an error, not a default. */
    void refuseUnknown(String... known) {
        Set<String> names = Set.of(known);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                add("singlepoint.notify.config.error.unknown", at(name));
            }
        }
    }

    void add(String key, Object... arguments) {
        violations.add(Violation.of(key, arguments));
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    int violationCount() {
        return violations.size();
    }

    /**
     * @throws NotifyConfigException with every violation found, if there is any
     */
    void finish() {
        if (!violations.isEmpty()) {
            throw new NotifyConfigException(violations);
        }
    }

    private void wrongType(String name, String expected) {
        add("singlepoint.notify.config.error.type", at(name), expected);
    }
}
