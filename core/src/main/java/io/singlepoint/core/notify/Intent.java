package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A notification that a transition asked for and that is not sent yet: what the post-function records, inside the
 * transition, and what the sending job works through. It holds the rules, not the recipients: recipients are resolved
 * when the mail is sent ({@link Recipients}), so that someone added to or removed from the RASCI field before a
 * reminder is due is mailed or not accordingly, and a job retried after a crash resolves the same way.
 *
 * @param key          unique per notification; a second intent with the same key is the same notification
 * @param issueId      the issue's id
 * @param issueKey     the issue's key when the intent was recorded, for the log
 * @param stage        the stage
 * @param config       the post-function's configuration
 * @param actorKey     who made the transition, or {@code null}
 * @param recordedAt   when the transition recorded it
 * @param due          when it is to be sent: {@code recordedAt}, or for a reminder the window's start less the offset
 *                     (possibly already past)
 * @param windowStart  for a reminder, the window start its due instant was computed from; else {@code null}
 * @param holdStatuses for a reminder, the statuses the issue must still be in; else empty
 */
public record Intent(IdempotencyKey key, String issueId, String issueKey, Stage stage, NotificationConfig config,
                     String actorKey, Instant recordedAt, Instant due, Instant windowStart, List<String> holdStatuses) {

    public static final int VERSION = 1;

    public Intent {
        requireNonNull(key, "key");
        IdempotencyKey.issueId(issueId);
        requireNonNull(issueKey, "issueKey");
        requireNonNull(stage, "stage");
        requireNonNull(config, "config");
        requireNonNull(recordedAt, "recordedAt");
        requireNonNull(due, "due");
        holdStatuses = List.copyOf(holdStatuses);
        if (stage != config.stage()) {
            throw new IllegalArgumentException("an intent of stage " + stage.id() + " needs a configuration of that"
                    + " stage, not " + config.stage().id());
        }
        if ((stage == Stage.REMINDER) != (windowStart != null)) {
            throw new IllegalArgumentException("a reminder, and only a reminder, has the window start it counts from");
        }
    }

    /** The stored form, for the intent table: {@code {"v":1,"key":...,"config":{...},...}}. */
    public String toJson() {
        ObjectNode root = ConfigJson.MAPPER.createObjectNode();
        root.put("v", VERSION);
        root.put("key", key.value());
        root.put("issueId", issueId);
        root.put("issueKey", issueKey);
        root.put("stage", stage.id());
        root.set("config", readTree(config.toJson()));
        root.put("actor", actorKey);
        root.put("recordedAt", recordedAt.toString());
        root.put("due", due.toString());
        if (windowStart != null) {
            root.put("windowStart", windowStart.toString());
            holdStatuses.forEach(root.putArray("holdStatuses")::add);
        }
        return root.toString();
    }

    /**
     * @throws IllegalArgumentException saying what is wrong, if the text is not a stored intent of version 1
     */
    public static Intent fromJson(String json) {
        JsonNode root = readTree(json);
        if (!root.isObject() || root.path("v").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("not a stored intent of version " + VERSION + ": "
                    + EmailAddress.shown(json));
        }
        try {
            List<String> statuses = root.path("holdStatuses").isArray()
                    ? java.util.stream.StreamSupport.stream(root.get("holdStatuses").spliterator(), false)
                            .map(JsonNode::asText).toList()
                    : List.of();
            return new Intent(new IdempotencyKey(root.path("key").asText()), root.path("issueId").asText(),
                    root.path("issueKey").asText(), Stage.of(root.path("stage").asText()),
                    NotificationConfig.fromJson(root.path("config").toString()),
                    root.path("actor").isTextual() ? root.get("actor").asText() : null,
                    Instant.parse(root.path("recordedAt").asText()), Instant.parse(root.path("due").asText()),
                    root.path("windowStart").isTextual() ? Instant.parse(root.get("windowStart").asText()) : null,
                    statuses);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a stored intent has a bad instant: " + e.getParsedString(), e);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return ConfigJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored intent: " + e.getOriginalMessage(), e);
        }
    }
}
