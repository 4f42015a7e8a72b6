package io.singlepoint.core.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a rejected sender gets the short "your mail could not be accepted" answer. Never to a machine or a dead
 * mailbox, and at most once an hour per sender (the loop guard: two systems rejecting each other's mail stop after
 * one round). Automatic mail never gets here: triage ignores it before it judges the sender.
 */
public final class RejectReply {

    /** Local parts of addresses no person reads. */
    private static final Pattern MACHINE = Pattern.compile(
            "(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?|bounce[-+.].*|.*[-+.]bounces?|noreply[-+.].*)",
            Pattern.CASE_INSENSITIVE);

    /** Why no answer is sent. */
    public enum Skip { NO_ADDRESS, OWN_ADDRESS, MACHINE_ADDRESS, BOUNCED, ALREADY_ANSWERED }

    private RejectReply() {
    }

    /**
     * @param address            the rejected sender's address
     * @param settings           the handler's settings (its own addresses)
     * @param bounced            whether mail to the address bounced and is not cleared
     * @param rejectedInLastHour mails from the address rejected in the hour before this one
     * @return why no answer goes out; empty: answer
     */
    public static Optional<Skip> whyNot(String address, MailSettings settings, boolean bounced,
                                        int rejectedInLastHour) {
        if (address == null || address.indexOf('@') <= 0) {
            return Optional.of(Skip.NO_ADDRESS);
        }
        if (settings.ownAddresses().contains(address)) {
            return Optional.of(Skip.OWN_ADDRESS);
        }
        String local = address.substring(0, address.lastIndexOf('@')).toLowerCase(Locale.ROOT);
        if (MACHINE.matcher(local).matches()) {
            return Optional.of(Skip.MACHINE_ADDRESS);
        }
        if (bounced) {
            return Optional.of(Skip.BOUNCED);
        }
        return rejectedInLastHour > 0 ? Optional.of(Skip.ALREADY_ANSWERED) : Optional.empty();
    }
}
