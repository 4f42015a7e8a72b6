package io.singlepoint.core.rasci;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone who plays a role: a Jira user (by user key, which survives renames), a group, or an outside e-mail address
 * (a supplier, a customer's manager).
 *
 * <p>Group names and addresses compare ignoring case, as Jira and mail do; addresses are kept in lower case. User keys
 * compare exactly: Jira keeps them as given.
 *
 * @param kind  what the value names
 * @param value the user key, the group name, or the address
 */
public record Participant(Kind kind, String value) {

    public enum Kind { USER, GROUP, EMAIL }

    /** Deliberately loose (one @, a dot in the domain, no spaces): mail servers decide the rest. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]+");

    public Participant {
        requireNonNull(kind, "kind");
        requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.name().toLowerCase(Locale.ROOT) + " participant needs a value");
        }
        if (kind == Kind.EMAIL) {
            if (!ADDRESS.matcher(value).matches()) {
                throw new IllegalArgumentException("\"" + value + "\" is not an e-mail address");
            }
            value = value.toLowerCase(Locale.ROOT);
        }
    }

    public static Participant user(String key) {
        return new Participant(Kind.USER, key);
    }

    public static Participant group(String name) {
        return new Participant(Kind.GROUP, name);
    }

    public static Participant email(String address) {
        return new Participant(Kind.EMAIL, address);
    }

    /** Whether the two name the same user, group or mailbox. */
    public boolean sameAs(Participant other) {
        return kind == other.kind && (kind == Kind.USER ? value.equals(other.value) : value.equalsIgnoreCase(other.value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Participant that && sameAs(that);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + (kind == Kind.USER ? value : value.toLowerCase(Locale.ROOT)).hashCode();
    }
}
