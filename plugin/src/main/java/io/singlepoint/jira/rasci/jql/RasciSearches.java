package io.singlepoint.jira.rasci.jql;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.RasciMemberships;
import io.singlepoint.jira.rasci.RasciPeople;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What {@code rasciRole(role [, person])} finds and what is wrong with its arguments, in plain values. The role is
 * a name or a letter; the person a username, {@code group:NAME}, an address or {@code user:KEY}, and when left out
 * the searcher, named in person or through one of their groups ({@link GroupManager}); a person named explicitly is
 * not expanded to their groups. Answers come from {@link RasciMemberships} alone; no issue is loaded.
 */
@Named
public final class RasciSearches {

    /** The function's name in JQL; saved filters name it, so it never changes. */
    public static final String FUNCTION = "rasciRole";

    private final RasciMemberships memberships;
    private final RasciPeople people;
    private final GroupManager groups;

    @Inject
    public RasciSearches(RasciMemberships memberships, RasciPeople people, GroupManager groups) {
        this.memberships = memberships;
        this.people = people;
        this.groups = groups;
    }

    /** Everything wrong with a call, in the searcher's language; empty when it can be answered. */
    public List<String> problems(String name, List<String> args, ApplicationUser searcher, I18nHelper i18n) {
        if (args.isEmpty() || args.size() > 2) {
            return List.of(text(i18n, "singlepoint.rasci.jql.error.arguments", name, args.size(),
                    i18n.getText("singlepoint.rasci.jql.usage")));
        }
        if (role(args.get(0)).isEmpty()) {
            return List.of(text(i18n, "singlepoint.rasci.jql.error.role", name, args.get(0)));
        }
        if (args.size() == 1) {
            return searcher == null ? List.of(text(i18n, "singlepoint.rasci.jql.error.anonymous", name)) : List.of();
        }
        try {
            return people.resolve(args.get(1)).isPresent() ? List.of()
                    : List.of(text(i18n, "singlepoint.rasci.jql.error.user", name, args.get(1)));
        } catch (IllegalArgumentException e) {
            return List.of(text(i18n, "singlepoint.rasci.jql.error.word", name, args.get(1)));
        }
    }

    /** The ids of the issues a call finds, ascending; none when {@link #problems} has any. */
    public List<Long> issues(List<String> args, ApplicationUser searcher) {
        if (args.isEmpty() || args.size() > 2) {
            return List.of();
        }
        Optional<RasciRole> role = role(args.get(0));
        Optional<Participant> who = args.size() == 1 ? Optional.ofNullable(searcher).map(RasciPeople::of)
                : person(args.get(1));
        if (role.isEmpty() || who.isEmpty()) {
            return List.of();
        }
        if (args.size() > 1) {
            return memberships.issues(role.get(), who.get());
        }
        // The searcher: named in person, or through one of their groups.
        java.util.TreeSet<Long> found = new java.util.TreeSet<>(memberships.issues(role.get(), who.get()));
        Collection<String> names = groups.getGroupNamesForUser(searcher);
        for (String group : names == null ? List.<String>of() : names) {
            found.addAll(memberships.issues(role.get(), Participant.group(group)));
        }
        return List.copyOf(found);
    }

    private Optional<Participant> person(String typed) {
        try {
            return people.resolve(typed);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // reported in the searcher's language by problems()
        }
    }

    private static Optional<RasciRole> role(String typed) {
        try {
            return Optional.of(RasciRole.of(typed));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // reported in the searcher's language by problems()
        }
    }

    /** Jira's {@code I18nHelper} takes several arguments as one array. */
    private static String text(I18nHelper i18n, String key, Object... arguments) {
        return i18n.getText(key, arguments);
    }
}
