package io.singlepoint.jira.notify;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;

import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.notify.NotifyConfigException;
import io.singlepoint.core.notify.RecipientRules;
import io.singlepoint.core.notify.ReminderRule;
import io.singlepoint.core.notify.Stage;

/**
 * The form of the "Send change notification" post-function: stage, recipients (core's compact rule tokens), whether
 * to leave out who made the transition, template, the change window's fields and, for a reminder, how long before
 * it. What the form gives is checked by core and stored as one arg, {@code config}: core's configuration JSON.
 * Templates receive only strings, lists and maps (nothing for the Velocity allowlist).
 */
public final class NotifyFunctionFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginFunctionFactory {

    static final String DEFAULT_RECIPIENTS = "R, A, S, C, I, reporter, watchers";

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> params) {
        Map<String, String> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.id(), stage.i18nKey());
        }
        params.put("stages", stages);
        params.put("stage", Stage.CHANGE_APPROVED.id());
        params.put("recipients", DEFAULT_RECIPIENTS);
        params.put("excludeActor", Boolean.TRUE);
        params.put("comment", Boolean.FALSE);
        params.put("template", "");
        params.put("windowStart", "");
        params.put("windowEnd", "");
        params.put("before", "24h");
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> params, AbstractDescriptor descriptor) {
        getVelocityParamsForInput(params);
        NotificationConfig config = config(descriptor);
        if (config == null) {
            return;
        }
        params.put("stage", config.stage().id());
        params.put("recipients", String.join(", ", config.recipients().tokens()));
        params.put("excludeActor", config.recipients().excludeActor());
        params.put("comment", config.comment());
        params.put("template", config.template().equals(config.stage().id()) ? "" : config.template());
        params.put("windowStart", config.windowStart() == null ? "" : config.windowStart());
        params.put("windowEnd", config.windowEnd() == null ? "" : config.windowEnd());
        params.put("before", config.reminder() == null ? "24h" : hours(config.reminder()));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> params, AbstractDescriptor descriptor) {
        NotificationConfig config = config(descriptor);
        params.put("valid", config != null);
        if (config == null) {
            params.put("problem", String.valueOf(args(descriptor).get(NotifyPostFunction.ARG_CONFIG)));
            return;
        }
        params.put("stageKey", config.stage().i18nKey());
        params.put("recipients", String.join(", ", config.recipients().tokens()));
        params.put("isReminder", config.reminder() != null);
        params.put("comment", config.comment());
        params.put("before", config.reminder() == null ? "" : hours(config.reminder()));
        params.put("dateField", config.reminder() == null ? "" : config.reminderDateField());
    }

    /**
     * @throws IllegalArgumentException naming what is wrong, which Jira shows on the form
     */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> form) {
        Stage stage = Stage.of(single(form, "stage"));
        List<String> tokens = Arrays.stream(single(form, "recipients").split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        RecipientRules rules = RecipientRules.parse(tokens, "true".equals(single(form, "excludeActor")));
        String start = blankToNull(single(form, "windowStart"));
        String end = blankToNull(single(form, "windowEnd"));
        NotificationConfig config = stage == Stage.REMINDER
                ? NotificationConfig.reminder(rules, start, end).withReminder(
                        new ReminderRule(ReminderRule.parseBefore(orDefault(single(form, "before"), "24h")), null,
                                List.of()))
                : NotificationConfig.of(stage, rules).withWindow(start, end);
        String template = blankToNull(single(form, "template"));
        if (template != null) {
            config = config.withTemplate(template);
        }
        config = config.withComment("true".equals(single(form, "comment")));
        return Map.of(NotifyPostFunction.ARG_CONFIG, config.toJson());
    }

    private static NotificationConfig config(AbstractDescriptor descriptor) {
        Object json = args(descriptor).get(NotifyPostFunction.ARG_CONFIG);
        if (!(json instanceof String text)) {
            return null;
        }
        try {
            return NotificationConfig.fromJson(text);
        } catch (NotifyConfigException e) {
            return null;
        }
    }

    private static Map<?, ?> args(AbstractDescriptor descriptor) {
        return descriptor instanceof FunctionDescriptor function ? function.getArgs() : Map.of();
    }

    private static String hours(ReminderRule rule) {
        long minutes = rule.before().toMinutes();
        return minutes % 60 != 0 ? minutes + "m" : minutes % 1440 == 0 ? minutes / 1440 + "d" : minutes / 60 + "h";
    }

    /** A form value: Jira gives each as a {@code String[]}. */
    private static String single(Map<String, Object> form, String name) {
        Object value = form.get(name);
        if (value instanceof String[] values) {
            return values.length == 0 || values[0] == null ? "" : values[0].strip();
        }
        return value == null ? "" : value.toString().strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }
}
