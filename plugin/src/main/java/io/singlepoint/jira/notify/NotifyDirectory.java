package io.singlepoint.jira.notify;

import java.util.List;
import java.util.Optional;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import io.singlepoint.core.notify.Directory;
import io.singlepoint.core.notify.Person;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Core's {@link Directory} over Jira's users: a user's name, address and active state. Languages and time zones are
 * not read yet (mails are written in the service desk's), and groups and project roles resolve to nobody: their Jira
 * managers are not among the verified stand-ins yet, so the rules {@code group:} and {@code project-role:} send to no
 * one in this version (the send log counts nobody for them).
 */
@Named
public final class NotifyDirectory implements Directory {

    private final UserManager users;

    @Inject
    public NotifyDirectory(UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<Person> user(String key) {
        ApplicationUser user = key == null ? null : users.getUserByKey(key);
        return Optional.ofNullable(user).map(NotifyDirectory::person);
    }

    @Override
    public List<Person> groupMembers(String group) {
        return List.of();
    }

    @Override
    public List<Person> projectRoleMembers(String projectKey, String role) {
        return List.of();
    }

    static Person person(ApplicationUser user) {
        return new Person(user.getKey(), user.getDisplayName(), user.getEmailAddress(), null, null, user.isActive());
    }
}
