package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;

/**
 * The people a notification goes to, resolved from its rules against the issue and the directory: each address once
 * (compared ignoring case), in the order the rules name them, and everyone chosen but left out with the reason.
 *
 * <p>Resolution, rule by rule: a RASCI role gives its users, the members of its groups and its addresses; reporter,
 * assignee and watchers the issue's users; a group or project role its members; an address the user who has it, or
 * an outside person. A person is left out when they made the transition and the rules exclude the actor (matched by
 * user key or by address), when the account is inactive, has no address or one that is not a single plain address,
 * when a user key is unknown, and past {@code limit} recipients. Someone reached by several rules is one recipient;
 * their {@link Recipient#roles() roles} are every role they are named in directly (as user or address) and every role
 * they were reached through.
 *
 * @param recipients who gets a mail, in order
 * @param skipped    who does not, in order, each person and reason once
 */
public record Recipients(List<Recipient> recipients, List<Skipped> skipped) {

    /** Recipients of one notification at most, unless the caller says otherwise: a guard against a huge group. */
    public static final int DEFAULT_LIMIT = 500;

    public Recipients {
        recipients = List.copyOf(recipients);
        skipped = List.copyOf(skipped);
    }

    /** {@link #resolve(RecipientRules, IssueFacts, Directory, String, int)} with {@link #DEFAULT_LIMIT}. */
    public static Recipients resolve(RecipientRules rules, IssueFacts facts, Directory directory, String actorKey) {
        return resolve(rules, facts, directory, actorKey, DEFAULT_LIMIT);
    }

    /**
     * @param actorKey the user key of who made the transition; {@code null} if nobody (a job)
     * @param limit    the most recipients; people past it are skipped with {@link Skipped.Reason#LIMIT}
     */
    public static Recipients resolve(RecipientRules rules, IssueFacts facts, Directory directory, String actorKey,
                                     int limit) {
        requireNonNull(facts, "facts");
        if (limit < 1) {
            throw new IllegalArgumentException("a notification may go to 1 or more recipients, not " + limit);
        }
        Resolution resolution = new Resolution(rules.excludeActor() ? actor(directory, actorKey) : null, limit);
        for (RecipientRule rule : rules.rules()) {
            resolution.role = null;
            if (rule instanceof RecipientRule.Role r) {
                resolution.role = r.role();
                facts.rasci().participants(r.role()).forEach(p -> participant(p, directory, resolution));
            } else if (rule instanceof RecipientRule.Reporter) {
                user(facts.reporterKey(), directory, resolution);
            } else if (rule instanceof RecipientRule.Assignee) {
                user(facts.assigneeKey(), directory, resolution);
            } else if (rule instanceof RecipientRule.Watchers) {
                facts.watcherKeys().forEach(key -> user(key, directory, resolution));
            } else if (rule instanceof RecipientRule.Group g) {
                directory.groupMembers(g.name()).forEach(resolution::consider);
            } else if (rule instanceof RecipientRule.ProjectRole p) {
                directory.projectRoleMembers(facts.projectKey(), p.name()).forEach(resolution::consider);
            } else if (rule instanceof RecipientRule.Address a) {
                address(a.address().value(), directory, resolution);
            }
        }
        return resolution.finish(facts.rasci());
    }

    /**
     * These recipients less those whose address {@code bounced} (the addresses bounces have marked, known to the
     * caller), each of those skipped: a mail that cannot arrive is not sent again and again.
     */
    public Recipients withoutBounced(Predicate<EmailAddress> bounced) {
        List<Recipient> kept = new ArrayList<>(recipients.size());
        List<Skipped> left = new ArrayList<>(skipped);
        for (Recipient recipient : recipients) {
            if (bounced.test(recipient.address())) {
                left.add(new Skipped(recipient.person().describe(), Skipped.Reason.BOUNCED));
            } else {
                kept.add(recipient);
            }
        }
        return new Recipients(kept, left);
    }

    private static void participant(Participant participant, Directory directory, Resolution r) {
        switch (participant.kind()) {
            case USER -> user(participant.value(), directory, r);
            case GROUP -> directory.groupMembers(participant.value()).forEach(r::consider);
            case EMAIL -> address(participant.value(), directory, r);
        }
    }

    private static void user(String key, Directory directory, Resolution r) {
        if (key != null) {
            Optional<Person> person = directory.user(key);
            if (person.isPresent()) {
                r.consider(person.get());
            } else {
                r.skip(key, Skipped.Reason.UNKNOWN_USER);
            }
        }
    }

    private static void address(String address, Directory directory, Resolution r) {
        r.consider(directory.userByEmail(address).orElseGet(() -> Person.outside(address)));
    }

    private static Person actor(Directory directory, String actorKey) {
        if (actorKey == null) {
            return null;
        }
        return directory.user(actorKey).orElseGet(() -> new Person(actorKey, null, null, null, null, true));
    }

    /** The state of one resolution. */
    private static final class Resolution {
        private final Person actor;
        private final String actorAddress;
        private final int limit;
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, EmailAddress> addresses = new LinkedHashMap<>();
        private final Map<String, Set<RasciRole>> roles = new LinkedHashMap<>();
        private final Set<Skipped> skipped = new LinkedHashSet<>();
        /** The RASCI role through which the current rule reaches people, or {@code null}. */
        RasciRole role;

        Resolution(Person actor, int limit) {
            this.actor = actor;
            this.actorAddress = actor == null || !EmailAddress.isValid(actor.email()) ? null
                    : EmailAddress.of(actor.email()).normalized();
            this.limit = limit;
        }

        void consider(Person person) {
            EmailAddress address = person.email() == null || !EmailAddress.isValid(person.email()) ? null
                    : EmailAddress.of(person.email());
            if (actor != null && (person.key() != null && person.key().equals(actor.key())
                    || address != null && address.normalized().equals(actorAddress))) {
                skip(person.describe(), Skipped.Reason.ACTOR);
            } else if (!person.active()) {
                skip(person.describe(), Skipped.Reason.INACTIVE);
            } else if (person.email() == null || person.email().isBlank()) {
                skip(person.describe(), Skipped.Reason.NO_ADDRESS);
            } else if (address == null) {
                skip(person.describe(), Skipped.Reason.INVALID_ADDRESS);
            } else {
                add(person, address);
            }
        }

        private void add(Person person, EmailAddress address) {
            String id = address.normalized();
            if (!people.containsKey(id)) {
                if (people.size() >= limit) {
                    skip(person.describe(), Skipped.Reason.LIMIT);
                    return;
                }
                people.put(id, person);
                addresses.put(id, address);
                roles.put(id, EnumSet.noneOf(RasciRole.class));
            }
            if (role != null) {
                roles.get(id).add(role);
            }
        }

        void skip(String who, Skipped.Reason reason) {
            skipped.add(new Skipped(who, reason));
        }

        Recipients finish(RasciAssignment rasci) {
            List<Recipient> recipients = people.entrySet().stream().map(entry -> {
                Person person = entry.getValue();
                EmailAddress address = addresses.get(entry.getKey());
                Set<RasciRole> held = roles.get(entry.getKey());
                if (person.key() != null) {
                    held.addAll(rasci.rolesOf(Participant.user(person.key())));
                }
                held.addAll(rasci.rolesOf(Participant.email(address.value())));
                return new Recipient(person, address, held);
            }).toList();
            return new Recipients(recipients, List.copyOf(skipped));
        }
    }
}
