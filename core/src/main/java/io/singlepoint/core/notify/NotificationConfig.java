package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.singlepoint.core.Violation;

/**
 * What one "send change notification" post-function is configured to do: the stage, who is told, which template, the
 * fields holding the change window, and for a reminder when it is due. Stored as one compact JSON string, for Jira
 * keeps post-function arguments as strings:
 * <pre>{@code
 * {"v":1,"stage":"reminder","to":["A","C","I","watchers"],"excludeActor":true,"template":"reminder",
 *  "window":{"start":"customfield_10200","end":"customfield_10201"},
 *  "reminder":{"before":"PT24H","statuses":["Scheduled"]},"comment":true}
 * }</pre>
 * {@code template} defaults to the stage's id; {@code window} is optional except for a reminder, whose date is the
 * window's start unless {@code reminder.field} names another field; {@code reminder} belongs to the reminder stage only,
 * and defaults there to 24 hours before, while the issue stays in the status it was scheduled in. {@code comment} is
 * written only when true, so that configurations saved before it existed keep their fingerprint.
 *
 * @param stage       the stage
 * @param recipients  who is told
 * @param template    the template's name, {@code [a-z0-9][a-z0-9-]*}, at most 40 characters
 * @param windowStart the id of the field holding the change window's start, or {@code null}
 * @param windowEnd   the id of the field holding its end, or {@code null}
 * @param reminder    when a reminder is due; {@code null} for every other stage
 * @param comment     whether, once sent, a comment on the issue records what was sent to how many people
 *                    ({@link SentRecord})
 */
public record NotificationConfig(Stage stage, RecipientRules recipients, String template, String windowStart,
                                 String windowEnd, ReminderRule reminder, boolean comment) {

    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,59}");

    public NotificationConfig {
        requireNonNull(stage, "stage");
        requireNonNull(recipients, "recipients");
        template = template == null ? stage.id() : templateName(template);
        windowStart = windowStart == null ? null : fieldId(windowStart);
        windowEnd = windowEnd == null ? null : fieldId(windowEnd);
        if (stage == Stage.REMINDER) {
            reminder = reminder == null ? ReminderRule.DEFAULT : reminder;
            if (reminder.dateField() == null && windowStart == null) {
                throw new IllegalArgumentException("a reminder needs the field of the window's start or its own"
                        + " date field");
            }
        } else if (reminder != null) {
            throw new IllegalArgumentException("only the reminder stage has a reminder rule, not " + stage.id());
        }
    }

    /** A configuration without the comment. */
    public NotificationConfig(Stage stage, RecipientRules recipients, String template, String windowStart,
                              String windowEnd, ReminderRule reminder) {
        this(stage, recipients, template, windowStart, windowEnd, reminder, false);
    }

    /**
     * A stage's notification with the default template and no change window.
     *
     * @throws IllegalArgumentException for the reminder stage, which needs its window: see {@link #reminder}
     */
    public static NotificationConfig of(Stage stage, RecipientRules recipients) {
        return new NotificationConfig(stage, recipients, null, null, null, null);
    }

    /** A reminder a day before the window in these fields, while the issue stays in the status it was scheduled in. */
    public static NotificationConfig reminder(RecipientRules recipients, String windowStart, String windowEnd) {
        return new NotificationConfig(Stage.REMINDER, recipients, null, windowStart, windowEnd, null);
    }

    /** This configuration with the change window in these fields (either may be {@code null}). */
    public NotificationConfig withWindow(String startField, String endField) {
        return new NotificationConfig(stage, recipients, template, startField, endField, reminder, comment);
    }

    /** This configuration with this reminder rule; for the reminder stage only. */
    public NotificationConfig withReminder(ReminderRule rule) {
        return new NotificationConfig(stage, recipients, template, windowStart, windowEnd, rule, comment);
    }

    /** This configuration with this template name. */
    public NotificationConfig withTemplate(String name) {
        return new NotificationConfig(stage, recipients, name, windowStart, windowEnd, reminder, comment);
    }

    /** This configuration with or without the comment recording what was sent. */
    public NotificationConfig withComment(boolean on) {
        return new NotificationConfig(stage, recipients, template, windowStart, windowEnd, reminder, on);
    }

    /** The field whose date a reminder counts back from; {@code null} for other stages. */
    public String reminderDateField() {
        return reminder == null ? null : reminder.dateField() != null ? reminder.dateField() : windowStart;
    }

    /** 8 hexadecimal digits that change when anything in the configuration does: part of idempotency keys. */
    public String fingerprint() {
        return Digests.hex(toJson(), 4);
    }

    /** The stored form, properties in a fixed order. */
    public String toJson() {
        ObjectNode root = ConfigJson.MAPPER.createObjectNode();
        root.put("v", VERSION);
        root.put("stage", stage.id());
        recipients.write(root);
        root.put("template", template);
        if (windowStart != null || windowEnd != null) {
            ObjectNode window = root.putObject("window");
            window.put("start", windowStart);
            window.put("end", windowEnd);
        }
        if (reminder != null) {
            ObjectNode node = root.putObject("reminder");
            node.put("before", reminder.before().toString());
            if (reminder.dateField() != null) {
                node.put("field", reminder.dateField());
            }
            if (!reminder.statuses().isEmpty()) {
                reminder.statuses().forEach(node.putArray("statuses")::add);
            }
        }
        if (comment) {
            root.put("comment", true);
        }
        return root.toString();
    }

    /**
     * The configuration in its stored form.
     *
     * @throws NotifyConfigException with every violation (keys {@code singlepoint.notify.config.error.*}, first
     *                               argument the JSON path), if it is not a valid configuration
     */
    public static NotificationConfig fromJson(String json) {
        return new NotificationConfigReader(ConfigJson.parse(json)).read();
    }

    /** Every violation of the stored form, none if it is valid: for a configuration page. */
    public static List<Violation> check(String json) {
        try {
            fromJson(json);
            return List.of();
        } catch (NotifyConfigException e) {
            return e.violations();
        }
    }

    static String templateName(String name) {
        if (!TEMPLATE.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + EmailAddress.shown(name) + "\" is not a template name:"
                    + " lower case letters, digits and hyphens, at most 40");
        }
        return name;
    }

    static String fieldId(String id) {
        if (!FIELD.matcher(id).matches()) {
            throw new IllegalArgumentException("\"" + EmailAddress.shown(id) + "\" is not a field id such as"
                    + " customfield_10200 or duedate");
        }
        return id;
    }

    static Duration before(String text) {
        return ReminderRule.parseBefore(text);
    }
}
