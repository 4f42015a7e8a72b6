package io.singlepoint.jira.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import io.singlepoint.core.notify.Directory;
import io.singlepoint.core.notify.Person;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Core's {@link Directory} over Jira's users and groups: a user's name, address and active state, a group's members.
 * Languages and time zones are not read yet (mails are written in the service desk's), and project roles resolve to
 * nobody: Jira's project role manager is not among the verified stand-ins yet, so the rule {@code project-role:}
 * sends to no one in this version.
 */
@Named
public final class NotifyDirectory implements Directory {

    private final UserManager users;
    private final GroupManager groups;

    @Inject
    public NotifyDirectory(UserManager users, GroupManager groups) {
        this.users = users;
        this.groups = groups;
    }

    @Override
    public Optional<Person> user(String key) {
        ApplicationUser user = key == null ? null : users.getUserByKey(key);
        return Optional.ofNullable(user).map(NotifyDirectory::person);
    }

    @Override
    public List<Person> groupMembers(String group) {
        Collection<ApplicationUser> members = group == null ? null : groups.getUsersInGroup(group);
        if (members == null) {
            return List.of();
        }
        List<ApplicationUser> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(ApplicationUser::getKey, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted.stream().map(NotifyDirectory::person).toList();
    }

    @Override
    public List<Person> projectRoleMembers(String projectKey, String role) {
        return List.of();
    }

    static Person person(ApplicationUser user) {
        return new Person(user.getKey(), user.getDisplayName(), user.getEmailAddress(), null, null, user.isActive());
    }
}
