package io.singlepoint.core.notify;

import java.time.Duration;
import java.util.List;

/** Reads {@link NotificationConfig}'s stored form, collecting every violation before giving up. */
final class NotificationConfigReader {

    private final ConfigJson in;

    NotificationConfigReader(ConfigJson in) {
        this.in = in;
    }

    NotificationConfig read() {
        in.refuseUnknown("v", "stage", "to", "excludeActor", "template", "window", "reminder", "comment");
        if (!in.isInt("v", NotificationConfig.VERSION)) {
            in.add("singlepoint.notify.config.error.version", "v", NotificationConfig.VERSION);
        }
        Stage stage = stage();
        RecipientRules recipients = in.recipients();
        String template = template();
        String[] window = window();
        ReminderRule reminder = reminder(stage, window[0]);
        boolean comment = in.bool("comment");
        in.finish();
        return new NotificationConfig(stage, recipients, template, window[0], window[1], reminder, comment);
    }

    private Stage stage() {
        String id = in.text("stage", true);
        if (id == null) {
            return null;
        }
        try {
            return Stage.of(id);
        } catch (IllegalArgumentException e) {
            in.add("singlepoint.notify.config.error.stage", in.at("stage"), id, Stage.ids());
            return null;
        }
    }

    private String[] window() {
        ConfigJson window = in.child("window");
        if (window == null) {
            return new String[2];
        }
        window.refuseUnknown("start", "end");
        return new String[] {
            checkedField(window, "start"),
            checkedField(window, "end")};
    }

    private ReminderRule reminder(Stage stage, String windowStart) {
        ConfigJson node = in.child("reminder");
        if (stage != Stage.REMINDER) {
            if (in.has("reminder") && stage != null) {
                in.add("singlepoint.notify.config.error.reminder.unused", in.at("reminder"), stage.id());
            }
            return null;
        }
        if (node == null) {
            if (windowStart == null) {
                in.add("singlepoint.notify.config.error.reminder.date", in.at("window.start"));
            }
            return in.has("reminder") ? null : ReminderRule.DEFAULT;
        }
        node.refuseUnknown("before", "field", "statuses");
        String text = node.text("before", false);
        Duration before = ReminderRule.DEFAULT_BEFORE;
        if (text != null) {
            try {
                before = NotificationConfig.before(text);
                new ReminderRule(before, null, List.of());
            } catch (IllegalArgumentException e) {
                node.add("singlepoint.notify.config.error.duration", node.at("before"), text, ReminderRule.MAX_DAYS);
                before = ReminderRule.DEFAULT_BEFORE;
            }
        }
        String field = checkedField(node, "field");
        if (field == null && windowStart == null && !node.has("field")) {
            in.add("singlepoint.notify.config.error.reminder.date", in.at("window.start"));
        }
        List<String> statuses = node.texts("statuses");
        return new ReminderRule(before, field, statuses);
    }

    private static String checkedField(ConfigJson node, String name) {
        String id = node.text(name, false);
        if (id == null) {
            return null;
        }
        try {
            return NotificationConfig.fieldId(id);
        } catch (IllegalArgumentException e) {
            node.add("singlepoint.notify.config.error.field", node.at(name), id);
            return null;
        }
    }

    private String template() {
        String name = in.text("template", false);
        if (name == null) {
            return null;
        }
        try {
            return NotificationConfig.templateName(name);
        } catch (IllegalArgumentException e) {
            in.add("singlepoint.notify.config.error.template", in.at("template"), name);
            return null;
        }
    }
}
