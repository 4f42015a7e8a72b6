package io.singlepoint.jira.rasci;

import java.util.Locale;
import java.util.Optional;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import io.singlepoint.core.rasci.Participant;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Between participants and Jira's users: how a participant is shown (a deactivated or deleted user still by the name
 * or key stored, marked, never an error) and which participant a typed word names. Typed forms: a username
 * ({@code ann}), {@code user:KEY} (by user key, e.g. a deleted user kept as is), {@code group:NAME}, or an address.
 */
@Named
public final class RasciPeople {

    private static final String USER_PREFIX = "user:";
    private static final String GROUP_PREFIX = "group:";

    private final UserManager users;

    @Inject
    public RasciPeople(UserManager users) {
        this.users = users;
    }

    /** How a page shows {@code participant}. */
    public Person show(Participant participant) {
        return switch (participant.kind()) {
            case GROUP -> new Person(participant.value(), GROUP_PREFIX + participant.value(), Person.Standing.GROUP);
            case EMAIL -> new Person(participant.value(), participant.value(), Person.Standing.EMAIL);
            case USER -> user(participant.value());
        };
    }

    private Person user(String key) {
        ApplicationUser user = users.getUserByKey(key);
        if (user == null) {
            return new Person(key, USER_PREFIX + key, Person.Standing.DELETED);
        }
        String name = user.getDisplayName() == null || user.getDisplayName().isBlank() ? user.getUsername()
                : user.getDisplayName();
        return new Person(name, user.getUsername(), user.isActive() ? Person.Standing.ACTIVE
                : Person.Standing.INACTIVE);
    }

    /**
     * The participant a typed word names, or empty when there is no such user. Groups are taken as written:
     * whether the group exists is not checked.
     *
     * @throws IllegalArgumentException if the word is no participant at all (an empty group name, a bad address)
     */
    public Optional<Participant> resolve(String typed) {
        String word = typed.strip();
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith(GROUP_PREFIX)) {
            return Optional.of(Participant.group(word.substring(GROUP_PREFIX.length())));
        }
        if (lower.startsWith(USER_PREFIX)) {
            return Optional.of(Participant.user(word.substring(USER_PREFIX.length())));
        }
        if (word.contains("@")) {
            return Optional.of(Participant.email(word));
        }
        ApplicationUser user = users.getUserByName(word);
        return user == null ? Optional.empty() : Optional.of(Participant.user(user.getKey()));
    }

    /** The participant for a user, e.g. the searcher. */
    public static Participant of(ApplicationUser user) {
        return Participant.user(user.getKey());
    }
}
