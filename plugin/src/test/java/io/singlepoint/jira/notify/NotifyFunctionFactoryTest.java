package io.singlepoint.jira.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import com.opensymphony.workflow.loader.FunctionDescriptor;

import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.notify.Stage;

import org.junit.jupiter.api.Test;

/** The post-function's form: what an admin types becomes core's configuration, and reads back the same. */
class NotifyFunctionFactoryTest {

    private final NotifyFunctionFactory factory = new NotifyFunctionFactory();

    @Test
    void a_reminder_form_becomes_one_config_arg_core_reads() {
        Map<String, ?> args = factory.getDescriptorParams(Map.of(
                "stage", new String[] {"reminder"},
                "recipients", new String[] {"A, C, I, watchers, email:noc@supplier.example"},
                "excludeActor", new String[] {"true"},
                "template", new String[] {""},
                "windowStart", new String[] {"customfield_10200"},
                "windowEnd", new String[] {"customfield_10201"},
                "before", new String[] {"2d"}));

        assertThat(args).containsOnlyKeys("config");
        NotificationConfig config = NotificationConfig.fromJson((String) args.get("config"));
        assertThat(config.stage()).isEqualTo(Stage.REMINDER);
        assertThat(config.recipients().tokens())
                .containsExactly("A", "C", "I", "watchers", "email:noc@supplier.example");
        assertThat(config.recipients().excludeActor()).isTrue();
        assertThat(config.reminder().before()).isEqualTo(Duration.ofDays(2));
        assertThat(config.windowStart()).isEqualTo("customfield_10200");
    }

    @Test
    void the_edit_form_shows_what_was_saved() {
        FunctionDescriptor descriptor = saved(Map.of("stage", new String[] {"reminder"},
                "recipients", new String[] {"R, A"}, "windowStart", new String[] {"customfield_10200"},
                "before", new String[] {"36h"}, "template", new String[] {"network-reminder"}));

        Map<String, Object> params = factory.getVelocityParams("edit-parameters", descriptor);

        assertThat(params).containsEntry("stage", "reminder").containsEntry("recipients", "R, A")
                .containsEntry("excludeActor", false).containsEntry("windowStart", "customfield_10200")
                .containsEntry("before", "36h").containsEntry("template", "network-reminder");
        assertThat(factory.getVelocityParams("view", descriptor)).containsEntry("valid", true)
                .containsEntry("stageKey", "singlepoint.notify.stage.reminder").containsEntry("before", "36h")
                .containsEntry("dateField", "customfield_10200");
    }

    @Test
    void the_comment_box_is_off_unless_ticked_and_reads_back_in_edit_and_view() {
        FunctionDescriptor plain = saved(Map.of("stage", new String[] {"change-completed"},
                "recipients", new String[] {"reporter"}));
        FunctionDescriptor ticked = saved(Map.of("stage", new String[] {"change-completed"},
                "recipients", new String[] {"reporter"}, "comment", new String[] {"true"}));

        assertThat(NotificationConfig.fromJson((String) plain.getArgs().get("config")).comment()).isFalse();
        assertThat(NotificationConfig.fromJson((String) ticked.getArgs().get("config")).comment()).isTrue();
        assertThat(factory.getVelocityParams("edit-parameters", ticked)).containsEntry("comment", true);
        assertThat(factory.getVelocityParams("view", ticked)).containsEntry("comment", true);
        assertThat(factory.getVelocityParams("input-parameters", new FunctionDescriptor()))
                .containsEntry("comment", false);
    }

    @Test
    void a_new_form_offers_every_stage_and_sensible_defaults() {
        Map<String, Object> params = factory.getVelocityParams("input-parameters", new FunctionDescriptor());

        assertThat(((Map<?, ?>) params.get("stages")).keySet()).map(Object::toString).contains("receipt-confirmed", "change-approved", "reminder",
                "change-completed", "lessons-learnt", "custom");
        assertThat(params).containsEntry("recipients", NotifyFunctionFactory.DEFAULT_RECIPIENTS)
                .containsEntry("before", "24h");
    }

    @Test
    void a_bad_form_is_refused_naming_what_is_wrong() {
        assertThatThrownBy(() -> factory.getDescriptorParams(Map.of("stage", new String[] {"approved"},
                "recipients", new String[] {"R"}))).hasMessageContaining("not a stage");
        assertThatThrownBy(() -> factory.getDescriptorParams(Map.of("stage", new String[] {"custom"},
                "recipients", new String[] {"R, friends"}))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.getDescriptorParams(Map.of("stage", new String[] {"reminder"},
                "recipients", new String[] {"R"}))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_stored_configuration_that_no_longer_reads_shows_as_invalid() {
        FunctionDescriptor descriptor = new FunctionDescriptor();
        descriptor.getArgs().put("config", "{\"v\":9}");

        assertThat(factory.getVelocityParams("view", descriptor)).containsEntry("valid", false);
    }

    @SuppressWarnings("unchecked")
    private FunctionDescriptor saved(Map<String, Object> form) {
        FunctionDescriptor descriptor = new FunctionDescriptor();
        descriptor.getArgs().putAll(factory.getDescriptorParams(form));
        return descriptor;
    }
}
