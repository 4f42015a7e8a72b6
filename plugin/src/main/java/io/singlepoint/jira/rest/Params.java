package io.singlepoint.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading request parameters and body fields, with a localized 400 answer for a value that is not valid. */
final class Params {

    private Params() {
    }

    /** A configuration version number: a positive whole number. */
    static int version(String text, Texts texts) {
        return positive(text, "singlepoint.sla.rest.error.version.param", texts);
    }

    /** A positive whole number, or 400 with the text of {@code errorKey}, given the text as {@code {0}}. */
    static int positive(String text, String errorKey, Texts texts) {
        try {
            int number = Integer.parseInt(text.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Answers.failure(400, texts.get(errorKey, text));
    }

    /** The configuration text of a body: {@code "config"} as a string, or as the JSON object itself. */
    static String config(JsonNode body, Texts texts) {
        JsonNode config = body.path("config");
        if (config.isTextual() && !config.asText().isBlank()) {
            return config.asText();
        }
        if (config.isObject()) {
            return config.toString();
        }
        throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.config.missing"));
    }

    /** A text field, or {@code null} if it is absent, null or blank. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText().trim() : null;
    }
}
