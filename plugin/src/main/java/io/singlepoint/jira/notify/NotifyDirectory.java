package io.singlepoint.jira.notify;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import io.singlepoint.core.notify.Directory;
import io.singlepoint.core.notify.Person;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Core's {@link Directory} over Jira's users, groups and project roles: a user's name, address and active state, a
 * group's members, a project role's users in the project (groups in the role resolved by Jira), and each
 * user's language and time zone as set in their Jira profile (Jira gives its default language and zone for users who
 * chose none). Where Jira has neither, core writes in the service desk's language and zone.
 */
@Named
public final class NotifyDirectory implements Directory {

    private final UserManager users;
    private final GroupManager groups;
    private final ProjectRoleManager roles;
    private final ProjectManager projects;
    private final LocaleManager locales;
    private final TimeZoneManager zones;

    @Inject
    public NotifyDirectory(UserManager users, GroupManager groups, ProjectRoleManager roles, ProjectManager projects,
                           LocaleManager locales, TimeZoneManager zones) {
        this.users = users;
        this.groups = groups;
        this.roles = roles;
        this.projects = projects;
        this.locales = locales;
        this.zones = zones;
    }

    @Override
    public Optional<Person> user(String key) {
        ApplicationUser user = key == null ? null : users.getUserByKey(key);
        return Optional.ofNullable(user).map(this::person);
    }

    @Override
    public List<Person> groupMembers(String group) {
        Collection<ApplicationUser> members = group == null ? null : groups.getUsersInGroup(group);
        if (members == null) {
            return List.of();
        }
        return sorted(members);
    }

    @Override
    public List<Person> projectRoleMembers(String projectKey, String role) {
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        ProjectRole projectRole = role == null || role.isBlank() ? null : roles.getProjectRole(role);
        if (project == null || projectRole == null) {
            return List.of();
        }
        ProjectRoleActors actors = roles.getProjectRoleActors(projectRole, project);
        return actors == null || actors.getApplicationUsers() == null ? List.of()
                : sorted(actors.getApplicationUsers());
    }

    private List<Person> sorted(Collection<ApplicationUser> members) {
        List<ApplicationUser> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(ApplicationUser::getKey, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted.stream().map(this::person).toList();
    }

    Person person(ApplicationUser user) {
        return new Person(user.getKey(), user.getDisplayName(), user.getEmailAddress(), locale(user), zone(user),
                user.isActive());
    }

    /** The user's Jira language; {@code null} (the service desk's) if Jira has none. */
    private Locale locale(ApplicationUser user) {
        Locale locale = locales.getLocaleFor(user);
        return locale == null || locale.getLanguage().isEmpty() ? null : locale;
    }

    /** The user's Jira time zone; {@code null} (the service desk's) if Jira has none. */
    private ZoneId zone(ApplicationUser user) {
        TimeZone zone = zones.getTimeZoneforUser(user);
        return zone == null ? null : zone.toZoneId();
    }
}
