package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import io.singlepoint.core.rasci.RasciRole;

/**
 * One person a notification goes to: whom, at which address, and the RASCI roles they hold on the issue (by which the
 * mail can say "you are informed as Consulted").
 *
 * @param person  the person, as the directory knows them
 * @param address their checked address
 * @param roles   the roles they hold on the issue, in R, A, S, C, I order; empty for none
 */
public record Recipient(Person person, EmailAddress address, Set<RasciRole> roles) {

    public Recipient {
        requireNonNull(person, "person");
        requireNonNull(address, "address");
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(RasciRole.class) : EnumSet.copyOf(roles));
    }

    /** The To of the mail: the person's name, made fit or left out, and the address. */
    public Mailbox mailbox() {
        return Mailbox.lenient(person.displayName(), address);
    }
}
