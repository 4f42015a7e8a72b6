package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a notification did, in numbers: for the optional comment on the issue ("Change approved and scheduled: sent to
 * 4 people, 1 left out.") and the log.
 *
 * @param stage   the stage
 * @param sent    how many people got the mail
 * @param skipped how many people the rules chose but who got none ({@link Skipped})
 */
public record SentRecord(Stage stage, int sent, int skipped) {

    public SentRecord {
        requireNonNull(stage, "stage");
        if (sent < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts are 0 or more, not " + sent + " sent and " + skipped
                    + " skipped");
        }
    }

    /** The record of mails sent to {@code recipients}; {@code failed} of them could not be sent. */
    public static SentRecord of(Stage stage, Recipients recipients, int failed) {
        return new SentRecord(stage, recipients.recipients().size() - failed, recipients.skipped().size());
    }

    /**
     * The comment's text key: {@code singlepoint.notify.comment.sent} (stage name, sent, skipped) when someone got the
     * mail, {@code singlepoint.notify.comment.nobody} (stage name, skipped) when nobody did.
     */
    public String i18nKey() {
        return sent > 0 ? "singlepoint.notify.comment.sent" : "singlepoint.notify.comment.nobody";
    }

    /**
     * The comment's arguments, the stage's name looked up with {@code text} (the plugin's i18n lookup), so that the
     * adapter writes {@code i18n.getText(record.i18nKey(), record.arguments(i18n::getText))}.
     */
    public Object[] arguments(UnaryOperator<String> text) {
        String name = text.apply(stage.i18nKey());
        return sent > 0 ? List.of(name, sent, skipped).toArray() : List.of(name, skipped).toArray();
    }
}
