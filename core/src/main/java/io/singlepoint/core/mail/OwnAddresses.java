package io.singlepoint.core.mail;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The app's own mail addresses (the service desk's, the notification sender's): mail from them is never processed,
 * so the app never answers itself. Compared ignoring case, and a sub-address counts as its address:
 * {@code servicedesk+sd-12@example.com} is {@code servicedesk@example.com}, because the app may use such tags to route
 * replies and a tagged copy of its own mail is still its own.
 *
 * @param addresses lower case
 */
public record OwnAddresses(Set<String> addresses) {

    public static final OwnAddresses NONE = new OwnAddresses(Set.of());

    public OwnAddresses {
        Set<String> lower = new TreeSet<>();
        for (String address : addresses) {
            String a = address.trim().toLowerCase(Locale.ROOT);
            if (a.indexOf('@') <= 0 || a.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("\"" + address + "\" is no mail address");
            }
            lower.add(a);
        }
        addresses = Set.copyOf(lower);
    }

    public static OwnAddresses of(Collection<String> addresses) {
        return new OwnAddresses(Set.copyOf(addresses));
    }

    /** Whether {@code address} is one of the app's, or a {@code +tag} variant of one. */
    public boolean contains(String address) {
        if (address == null) {
            return false;
        }
        String a = address.trim().toLowerCase(Locale.ROOT);
        if (addresses.contains(a)) {
            return true;
        }
        int at = a.lastIndexOf('@');
        int plus = a.indexOf('+');
        return plus > 0 && plus < at && addresses.contains(a.substring(0, plus) + a.substring(at));
    }
}
