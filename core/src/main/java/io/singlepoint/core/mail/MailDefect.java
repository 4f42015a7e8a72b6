package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

/**
 * Something wrong with a message that lenient reading repaired: a missing end boundary, an unknown charset, a limit
 * reached. Shown by the command line and logged by the handler; never a reason on its own to drop a message.
 *
 * @param code   what, in a stable kebab-case word: {@code unknown-charset}, {@code missing-end-boundary}, ...
 * @param part   where: {@code ""} for the message's headers, else the part's number as in {@code 1.2} (IMAP's way)
 * @param detail the value concerned, e.g. the charset's name; {@code ""} if none
 */
public record MailDefect(String code, String part, String detail) {

    public MailDefect {
        requireNonNull(code, "code");
        requireNonNull(part, "part");
        requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return code + (part.isEmpty() ? "" : " in part " + part) + (detail.isEmpty() ? "" : ": " + detail);
    }
}
