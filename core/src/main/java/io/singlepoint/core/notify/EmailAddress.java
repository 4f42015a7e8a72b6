package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One mailbox address, {@code local@domain}, in the strict ASCII form of RFC 5322's {@code addr-spec} with a
 * dot-atom on both sides: no display name, no comment, no quoted local part, no second address, no white space or
 * control character. What passes can be written into a header as it is: nothing in it can end the header or add an
 * address. The domain is kept in lower case; the local part as given (mail servers may tell case apart).
 *
 * <p>Deliberately narrower than the RFC: quoted local parts, address literals ({@code [192.0.2.1]}) and
 * internationalised addresses (RFC 6531) are refused, and the domain needs a dot. People whose address is refused
 * are left out of a mailing with {@link Skipped.Reason#INVALID_ADDRESS}, never sent a mangled address.
 *
 * @param value the address, e.g. {@code help@example.com}
 */
public record EmailAddress(String value) {

    /** RFC 5321 §4.5.3.1: 64 octets of local part, 254 of path in practice. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL = Pattern.compile(ATEXT + "(?:\\." + ATEXT + ")*");
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile(LABEL + "(?:\\." + LABEL + ")+");

    public EmailAddress {
        requireNonNull(value, "value");
        int at = value.lastIndexOf('@');
        if (value.length() > MAX_LENGTH || at <= 0 || at > MAX_LOCAL || at == value.length() - 1
                || !LOCAL.matcher(value.substring(0, at)).matches()
                || !DOMAIN.matcher(value.substring(at + 1)).matches()) {
            throw new IllegalArgumentException("\"" + shown(value) + "\" is not one e-mail address such as"
                    + " help@example.com");
        }
        value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The address in {@code text}, white space around it removed.
     *
     * @throws IllegalArgumentException if it is not one address
     */
    public static EmailAddress of(String text) {
        return new EmailAddress(requireNonNull(text, "text").strip());
    }

    /** Whether {@code text} is one address, as {@link #of} takes it; {@code null} is none. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        try {
            of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The part after the {@code @}, lower case. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /** The address in lower case: how addresses are compared when a list is de-duplicated. */
    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Whether both name the same mailbox, case ignored (as nearly every mail server treats them). */
    public boolean sameMailbox(EmailAddress other) {
        return normalized().equals(other.normalized());
    }

    @Override
    public String toString() {
        return value;
    }

    /** A value fit for a one-line message: controls as {@code ?}, at most 80 characters. */
    static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length() && shown.length() < 80; i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) ? '?' : c);
        }
        return text.length() > 80 ? shown + "..." : shown.toString();
    }
}
