package io.singlepoint.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.RasciRole;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The post-function's stored configuration and its recipient rules: compact JSON, every violation by path. */
class NotificationConfigTest {

    @Nested
    class Recipient_rules {

        @Test
        void every_kind_of_rule_has_a_short_token_that_reads_back() {
            List<String> tokens = List.of("R", "A", "S", "C", "I", "reporter", "assignee", "watchers",
                    "group:change-advisory-board", "project-role:Service Desk Team", "email:cab@example.com");

            RecipientRules rules = RecipientRules.parse(tokens, true);

            assertThat(rules.rules()).startsWith(new RecipientRule.Role(RasciRole.RESPONSIBLE))
                    .contains(RecipientRule.WATCHERS, new RecipientRule.ProjectRole("Service Desk Team"))
                    .endsWith(new RecipientRule.Address(EmailAddress.of("cab@example.com")));
            assertThat(rules.tokens()).isEqualTo(tokens);
            assertThat(RecipientRules.fromJson(rules.toJson())).isEqualTo(rules);
        }

        @Test
        void the_json_form_is_short() {
            RecipientRules rules = RecipientRules.parse(List.of("A", "C", "I", "watchers"), true);

            assertThat(rules.toJson()).isEqualTo("{\"to\":[\"A\",\"C\",\"I\",\"watchers\"],\"excludeActor\":true}");
        }

        @Test
        void a_rule_given_twice_counts_once() {
            assertThat(RecipientRules.parse(List.of("I", "i", "reporter", "reporter"), false).tokens())
                    .containsExactly("I", "reporter");
        }

        @Test
        void every_bad_token_is_reported_with_its_path() {
            assertThatThrownBy(() -> RecipientRules.parse(List.of("I", "everyone", "email:cab@@example.com",
                    "group: ", "A:1"), false))
                    .isInstanceOfSatisfying(NotifyConfigException.class, e -> assertThat(e.violations()).containsExactly(
                            Violation.of("singlepoint.notify.config.error.recipient.unknown", "to[1]", "everyone"),
                            Violation.of("singlepoint.notify.config.error.recipient.address", "to[2]",
                                    "email:cab@@example.com"),
                            Violation.of("singlepoint.notify.config.error.recipient.name", "to[3]", "group: "),
                            Violation.of("singlepoint.notify.config.error.recipient.unknown", "to[4]", "A:1")));
        }

        @Test
        void no_rule_at_all_is_a_violation() {
            assertThatThrownBy(() -> RecipientRules.parse(List.of(), false))
                    .isInstanceOfSatisfying(NotifyConfigException.class, e -> assertThat(e.violations())
                            .containsExactly(Violation.of("singlepoint.notify.config.error.recipients.empty", "to")));
        }
    }

    @Nested
    class Stored_form {

        @Test
        void a_reminder_reads_and_writes_back_the_same() {
            String json = "{\"v\":1,\"stage\":\"reminder\",\"to\":[\"A\",\"C\",\"I\",\"watchers\"],"
                    + "\"excludeActor\":true,\"template\":\"reminder\","
                    + "\"window\":{\"start\":\"customfield_10200\",\"end\":\"customfield_10201\"},"
                    + "\"reminder\":{\"before\":\"PT48H\",\"statuses\":[\"Scheduled\"]}}";

            NotificationConfig config = NotificationConfig.fromJson(json);

            assertThat(config.stage()).isEqualTo(Stage.REMINDER);
            assertThat(config.reminder().before()).isEqualTo(Duration.ofHours(48));
            assertThat(config.reminderDateField()).isEqualTo("customfield_10200");
            assertThat(config.reminder().statuses()).containsExactly("Scheduled");
            assertThat(config.toJson()).isEqualTo(json);
        }

        @Test
        void the_comment_is_off_by_default_written_only_when_on_and_keeps_old_fingerprints() {
            NotificationConfig off = NotificationConfig.of(Stage.CHANGE_COMPLETED,
                    RecipientRules.parse(List.of("reporter"), false));
            NotificationConfig on = off.withComment(true);

            assertThat(off.comment()).isFalse();
            assertThat(off.toJson()).doesNotContain("comment");
            assertThat(on.toJson()).endsWith(",\"comment\":true}");
            assertThat(NotificationConfig.fromJson(on.toJson())).isEqualTo(on);
            assertThat(NotificationConfig.fromJson(off.toJson()).fingerprint()).isEqualTo(off.fingerprint());
            assertThat(on.fingerprint()).isNotEqualTo(off.fingerprint());
            assertThat(NotificationConfig.check(off.toJson().replace("}", ",\"comment\":\"yes\"}")))
                    .isNotEmpty();
        }

        @Test
        void the_template_defaults_to_the_stage_and_a_reminder_to_a_day_before_the_window() {
            NotificationConfig config = NotificationConfig.fromJson("{\"v\":1,\"stage\":\"reminder\",\"to\":[\"I\"],"
                    + "\"window\":{\"start\":\"duedate\"},\"reminder\":{\"before\":\"2d\"}}");

            assertThat(config.template()).isEqualTo("reminder");
            assertThat(config.reminder().before()).isEqualTo(Duration.ofDays(2));
            assertThat(NotificationConfig.fromJson("{\"v\":1,\"stage\":\"reminder\",\"to\":[\"I\"],"
                    + "\"window\":{\"start\":\"duedate\"}}").reminder()).isEqualTo(ReminderRule.DEFAULT);
        }

        @Test
        void every_problem_is_reported_at_once_with_its_path() {
            String json = "{\"v\":2,\"stage\":\"approved\",\"to\":[\"I\",\"nobody\"],\"excludeActor\":\"yes\","
                    + "\"template\":\"My Template\",\"window\":{\"start\":\"custom field\",\"ends\":\"x\"},"
                    + "\"stauses\":[]}";

            assertThat(NotificationConfig.check(json)).containsExactlyInAnyOrder(
                    Violation.of("singlepoint.notify.config.error.unknown", "stauses"),
                    Violation.of("singlepoint.notify.config.error.version", "v", 1),
                    Violation.of("singlepoint.notify.config.error.stage", "stage", "approved", Stage.ids()),
                    Violation.of("singlepoint.notify.config.error.type", "excludeActor", "boolean"),
                    Violation.of("singlepoint.notify.config.error.template", "template", "My Template"),
                    Violation.of("singlepoint.notify.config.error.unknown", "window.ends"),
                    Violation.of("singlepoint.notify.config.error.field", "window.start", "custom field"));
        }

        @Test
        void bad_recipients_are_reported_once_the_other_properties_are_readable() {
            assertThat(NotificationConfig.check("{\"v\":1,\"stage\":\"custom\",\"to\":[\"I\",\"nobody\"]}"))
                    .containsExactly(Violation.of("singlepoint.notify.config.error.recipient.unknown", "to[1]",
                            "nobody"));
        }

        @Test
        void a_reminder_without_a_date_field_and_a_reminder_rule_on_another_stage_are_violations() {
            assertThat(NotificationConfig.check("{\"v\":1,\"stage\":\"reminder\",\"to\":[\"I\"]}"))
                    .containsExactly(Violation.of("singlepoint.notify.config.error.reminder.date", "window.start"));
            assertThat(NotificationConfig.check("{\"v\":1,\"stage\":\"change-approved\",\"to\":[\"I\"],"
                    + "\"reminder\":{\"before\":\"24h\"}}"))
                    .containsExactly(Violation.of("singlepoint.notify.config.error.reminder.unused", "reminder",
                            "change-approved"));
        }

        @Test
        void a_reminder_more_than_90_days_ahead_is_a_violation() {
            assertThat(NotificationConfig.check("{\"v\":1,\"stage\":\"reminder\",\"to\":[\"I\"],"
                    + "\"window\":{\"start\":\"duedate\"},\"reminder\":{\"before\":\"13w\"}}"))
                    .containsExactly(Violation.of("singlepoint.notify.config.error.duration", "reminder.before", "13w",
                            90));
        }

        @Test
        void text_that_is_not_a_json_object_is_one_violation() {
            assertThat(NotificationConfig.check("[1]"))
                    .containsExactly(Violation.of("singlepoint.notify.config.error.json", "", "not a JSON object"));
            assertThat(NotificationConfig.check("{\"v\":")).singleElement()
                    .satisfies(v -> assertThat(v.i18nKey()).isEqualTo("singlepoint.notify.config.error.json"));
            assertThat(NotificationConfig.check("[".repeat(5000))).singleElement()
                    .satisfies(v -> assertThat(v.i18nKey()).isEqualTo("singlepoint.notify.config.error.json"));
        }

        @Test
        void the_fingerprint_changes_with_the_configuration_and_only_with_it() {
            NotificationConfig a = NotificationConfig.of(Stage.CHANGE_APPROVED, RecipientRules.parse(List.of("I"), false));
            NotificationConfig b = NotificationConfig.of(Stage.CHANGE_APPROVED, RecipientRules.parse(List.of("C"), false));

            assertThat(a.fingerprint()).matches("[0-9a-f]{8}")
                    .isEqualTo(NotificationConfig.fromJson(a.toJson()).fingerprint())
                    .isNotEqualTo(b.fingerprint());
        }
    }
}
