package io.singlepoint.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The Message-ID format is a contract with the mail handler: these tests pin it. */
class MessageIdsTest {

    private final MessageIds ids = new MessageIds("Jira.Example.com");
    private final IdempotencyKey key = IdempotencyKey.of("10012", Stage.CHANGE_APPROVED, TransitionRef.changeGroup(10400),
            "1a2b3c4d");
    private final String delivery = key.delivery(EmailAddress.of("ann.archer@example.com"));

    @Test
    void the_thread_root_is_the_issue_id_at_the_instance_domain() {
        assertThat(ids.root("10012")).isEqualTo("<sp.10012@jira.example.com>");
    }

    @Test
    void a_mail_id_names_issue_stage_and_a_token_of_its_delivery() {
        assertThat(ids.of("10012", Stage.CHANGE_APPROVED, delivery, 0))
                .matches("<sp\\.10012\\.change-approved\\.[0-9a-f]{16}@jira\\.example\\.com>");
    }

    @Test
    void the_same_delivery_keeps_its_id_and_a_resend_or_another_recipient_gets_a_new_one() {
        String first = ids.of("10012", Stage.CHANGE_APPROVED, delivery, 0);

        assertThat(ids.of("10012", Stage.CHANGE_APPROVED, delivery, 0)).isEqualTo(first);
        assertThat(ids.of("10012", Stage.CHANGE_APPROVED, delivery, 1)).isNotEqualTo(first);
        assertThat(ids.of("10012", Stage.CHANGE_APPROVED, key.delivery(EmailAddress.of("bob@example.com")), 0))
                .isNotEqualTo(first);
    }

    @Test
    void the_mail_handler_can_read_issue_and_stage_back_from_either_form() {
        String mail = ids.of("10012", Stage.LESSONS_LEARNT, delivery, 0);

        assertThat(MessageIds.parse(mail)).contains(new MessageIds.Parsed("10012", Optional.of(Stage.LESSONS_LEARNT),
                "jira.example.com"));
        assertThat(MessageIds.parse(" sp.10012@JIRA.example.com ")).contains(new MessageIds.Parsed("10012",
                Optional.empty(), "jira.example.com"));
        assertThat(MessageIds.parse("<CAF=abc@mail.gmail.com>")).isEmpty();
        assertThat(MessageIds.parse("<sp.10012.unknown-stage.0123456789abcdef@jira.example.com>")).isEmpty();
        assertThat(MessageIds.parse(null)).isEmpty();
    }

    @Test
    void ids_are_plain_ascii_that_needs_no_encoding_in_a_header() {
        String id = ids.of("10012", Stage.RECEIPT_CONFIRMED, delivery, 3);

        assertThat(id).matches("<[!-~]+>").hasSizeLessThan(78 - "Message-ID: ".length());
    }

    @Test
    void a_domain_or_issue_id_that_could_break_the_header_is_refused() {
        assertThatThrownBy(() -> new MessageIds("jira.example.com>\r\nBcc: x@y.z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.root("10012>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.root("1.2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idempotency_keys_name_issue_stage_occurrence_and_configuration() {
        assertThat(key.value()).isEqualTo("10012/change-approved/c10400/1a2b3c4d");
        assertThat(IdempotencyKey.of("10012", Stage.RECEIPT_CONFIRMED, TransitionRef.CREATE, "1a2b3c4d").value())
                .isEqualTo("10012/receipt-confirmed/create/1a2b3c4d");
        assertThat(IdempotencyKey.of("10012", Stage.CUSTOM,
                TransitionRef.action(21, Instant.parse("2026-07-01T09:00:00Z")), "1a2b3c4d").value())
                .isEqualTo("10012/custom/a21.1782896400000/1a2b3c4d");
        assertThat(IdempotencyKey.ofReminder("10012", Instant.parse("2026-07-01T06:00:00Z"), "1a2b3c4d").value())
                .isEqualTo("10012/reminder/due-1782885600/1a2b3c4d");
        assertThat(delivery).matches("10012/change-approved/c10400/1a2b3c4d/[0-9a-f]{12}");
    }
}
