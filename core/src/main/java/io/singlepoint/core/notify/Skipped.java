package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

/**
 * Someone a rule chose who gets no mail, and why: for the log, so that an administrator sees who was left out.
 *
 * @param who    how the log names them ({@link Person#describe()}, or a user key nobody has)
 * @param reason why
 */
public record Skipped(String who, Reason reason) {

    public Skipped {
        requireNonNull(who, "who");
        requireNonNull(reason, "reason");
    }

    /** Why someone gets no mail; each has an i18n key taking the person as its argument. */
    public enum Reason {
        /** The person made the transition, and the configuration leaves them out. */
        ACTOR("singlepoint.notify.skip.actor"),
        /** The account is inactive. */
        INACTIVE("singlepoint.notify.skip.inactive"),
        /** The person has no address. */
        NO_ADDRESS("singlepoint.notify.skip.noaddress"),
        /** The address is not one that can be written into a header safely ({@link EmailAddress}). */
        INVALID_ADDRESS("singlepoint.notify.skip.invalidaddress"),
        /** A user key the directory does not know (a deleted user). */
        UNKNOWN_USER("singlepoint.notify.skip.unknownuser"),
        /** The notification already has as many recipients as one may have. */
        LIMIT("singlepoint.notify.skip.limit"),
        /** Mail to the address bounced for good, and nobody has cleared it since. */
        BOUNCED("singlepoint.notify.skip.bounced");

        private final String i18nKey;

        Reason(String i18nKey) {
            this.i18nKey = i18nKey;
        }

        public String i18nKey() {
            return i18nKey;
        }
    }
}
