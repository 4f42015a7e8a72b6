package io.singlepoint.jira.mail;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * What became of the answer to a rejected sender or of the forward of a rejected mail to agents, as the processing
 * log keeps it: {@code sent}, {@code skipped} (why: an i18n key {@code singlepoint.mail.reply.skipped.*} and its
 * arguments) or {@code failed} (why: {@code singlepoint.mail.reply.failed} with the error text). Not attempted at all
 * (answers switched off, no {@code forwardTo}) is no outcome: {@code null}.
 *
 * @param state  sent, skipped or failed
 * @param reason the reason's i18n key; {@code null} when sent
 * @param args   its arguments
 */
public record ReplyOutcome(State state, String reason, List<String> args) {

    static final String SKIPPED = "singlepoint.mail.reply.skipped.";
    static final String FAILED = "singlepoint.mail.reply.failed";

    /** How it ended. */
    public enum State {
        SENT, SKIPPED, FAILED;

        /** {@code sent}, {@code skipped}, {@code failed}: as stored and as the page's CSS classes use it. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    public static final ReplyOutcome SENT = new ReplyOutcome(State.SENT, null, List.of());

    public ReplyOutcome {
        requireNonNull(state, "state");
        if (state != State.SENT) {
            requireNonNull(reason, "reason");
        }
        args = List.copyOf(args);
    }

    /** Skipped for the reason {@code singlepoint.mail.reply.skipped.<why>}. */
    static ReplyOutcome skipped(String why, String... args) {
        return new ReplyOutcome(State.SKIPPED, SKIPPED + why, List.of(args));
    }

    /** Sending failed with this error. */
    static ReplyOutcome failed(Exception error) {
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new ReplyOutcome(State.FAILED, FAILED, List.of(text));
    }

    public boolean sent() {
        return state == State.SENT;
    }
}
