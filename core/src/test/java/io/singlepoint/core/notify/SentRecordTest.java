package io.singlepoint.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SentRecordTest {

    private static final Map<String, String> NAMES = Map.of("singlepoint.notify.stage.change-approved",
            "Change approved and scheduled");

    @Test
    void counts_who_got_the_mail_and_who_was_left_out() {
        Recipients recipients = new Recipients(List.of(
                new Recipient(Person.outside("a@example.com"), EmailAddress.of("a@example.com"), java.util.Set.of()),
                new Recipient(Person.outside("b@example.com"), EmailAddress.of("b@example.com"), java.util.Set.of())),
                List.of(new Skipped("Dave", Skipped.Reason.INACTIVE)));

        SentRecord record = SentRecord.of(Stage.CHANGE_APPROVED, recipients, 0);

        assertThat(record).isEqualTo(new SentRecord(Stage.CHANGE_APPROVED, 2, 1));
        assertThat(record.i18nKey()).isEqualTo("singlepoint.notify.comment.sent");
        assertThat(record.arguments(NAMES::get)).containsExactly("Change approved and scheduled", 2, 1);
    }

    @Test
    void nobody_served_has_its_own_text() {
        SentRecord record = new SentRecord(Stage.CHANGE_APPROVED, 0, 3);

        assertThat(record.i18nKey()).isEqualTo("singlepoint.notify.comment.nobody");
        assertThat(record.arguments(NAMES::get)).containsExactly("Change approved and scheduled", 3);
    }
}
