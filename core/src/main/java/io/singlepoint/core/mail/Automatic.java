package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

import io.singlepoint.core.Violation;

/**
 * Whether a message was sent by a machine, and by which sign. A machine's mail is never answered or commented.
 *
 * @param isAutomatic whether it is
 * @param reason      the sign, a code listed in {@link AutomaticMail}; {@code null} when not automatic
 * @param detail      the value that showed it (a header's value, the subject); {@code ""} when none
 */
public record Automatic(boolean isAutomatic, String reason, String detail) {

    /** A person's mail. */
    public static final Automatic NO = new Automatic(false, null, "");

    public Automatic {
        requireNonNull(detail, "detail");
        if (isAutomatic == (reason == null)) {
            throw new IllegalArgumentException("an automatic mail needs a reason and a person's mail has none: "
                    + isAutomatic + ", " + reason);
        }
    }

    static Automatic because(String reason, String detail) {
        return new Automatic(true, reason, detail == null ? "" : detail.length() > 200 ? detail.substring(0, 200)
                : detail);
    }

    /** The reason for the processing log: {@code singlepoint.mail.reason.automatic.<reason>} with the detail. */
    public Violation violation() {
        if (!isAutomatic) {
            throw new IllegalStateException("a person's mail has no reason to be ignored");
        }
        return Violation.of("singlepoint.mail.reason.automatic." + reason, detail);
    }
}
