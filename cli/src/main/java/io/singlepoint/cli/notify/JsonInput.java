package io.singlepoint.cli.notify;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.singlepoint.cli.BadInputException;
import io.singlepoint.core.notify.Person;

/** Small JSON files read whole, with limits, every problem a {@link BadInputException} naming the file and path. */
final class JsonInput {

    /** An issue with every field rendered is a few hundred kilobytes; a directory of thousands of users a few MB. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build()).build();

    private JsonInput() {
    }

    /** The JSON object in {@code in}. */
    static JsonNode object(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(source + ": larger than " + MAX_BYTES / 1024 / 1024 + " MB; not one issue");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(source + ": a JSON object, not " + (root == null ? "nothing" : root.getNodeType()
                    .name().toLowerCase(Locale.ROOT)));
        }
        return root;
    }

    /** The text at {@code name}, or {@code null} if absent, null or empty; a number is its digits. */
    static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /**
     * A user as Jira's REST API writes one ({@code key} or {@code name}, {@code displayName}, {@code emailAddress},
     * {@code active}, {@code timeZone}, {@code locale}); {@code null} if the node is not one.
     */
    static Person user(JsonNode node, String source, String path) {
        if (node == null || !node.isObject()) {
            return null;
        }
        String key = text(node, "key") != null ? text(node, "key") : text(node, "name");
        if (key == null) {
            throw new BadInputException(source + ": " + path + ": a user needs a key or a name");
        }
        return new Person(key, text(node, "displayName"), text(node, "emailAddress"), locale(node, source, path),
                zone(node, source, path), !node.has("active") || node.get("active").asBoolean(true));
    }

    private static Locale locale(JsonNode node, String source, String path) {
        String tag = text(node, "locale");
        if (tag == null) {
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            throw new BadInputException(source + ": " + path + ".locale: \"" + tag + "\" is not a locale such as en"
                    + " or de_DE");
        }
    }

    private static ZoneId zone(JsonNode node, String source, String path) {
        String id = text(node, "timeZone");
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new BadInputException(source + ": " + path + ".timeZone: \"" + id + "\" is not a time zone such as"
                    + " Europe/Berlin");
        }
    }
}
