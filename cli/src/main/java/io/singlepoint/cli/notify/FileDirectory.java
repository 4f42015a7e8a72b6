package io.singlepoint.cli.notify;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.singlepoint.cli.BadInputException;
import io.singlepoint.core.notify.Directory;
import io.singlepoint.core.notify.Person;

/**
 * The users, groups and project roles a preview resolves recipients against, from a file and from the issue itself:
 * <pre>{@code
 * {"users": [{"key":"JIRAUSER10100","displayName":"Ann Archer","emailAddress":"ann@example.com",
 *             "active":true,"timeZone":"Europe/Berlin","locale":"en"}],
 *  "groups": {"network-team": ["JIRAUSER10200"]},
 *  "projectRoles": {"SD": {"Service Desk Team": ["JIRAUSER10100"]}}}
 * }</pre>
 * Users are written as Jira's REST API writes them; groups and roles list user keys.
 */
final class FileDirectory implements Directory {

    private final Map<String, Person> users = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> roles = new LinkedHashMap<>();

    static FileDirectory read(InputStream in, String source) throws IOException {
        JsonNode root = JsonInput.object(in, source);
        FileDirectory directory = new FileDirectory();
        JsonNode users = root.path("users");
        for (int i = 0; i < users.size(); i++) {
            Person person = JsonInput.user(users.get(i), source, "users[" + i + "]");
            if (person == null) {
                throw new BadInputException(source + ": users[" + i + "]: a user object");
            }
            directory.users.put(person.key(), person);
        }
        root.path("groups").fields().forEachRemaining(e ->
                directory.groups.put(e.getKey(), keys(e.getValue(), source, "groups." + e.getKey())));
        root.path("projectRoles").fields().forEachRemaining(project -> {
            Map<String, List<String>> byRole = new LinkedHashMap<>();
            project.getValue().fields().forEachRemaining(role -> byRole.put(role.getKey(),
                    keys(role.getValue(), source, "projectRoles." + project.getKey() + "." + role.getKey())));
            directory.roles.put(project.getKey(), byRole);
        });
        return directory;
    }

    /** This directory, with the users an issue names added where the file has none of that key. */
    FileDirectory with(Map<String, Person> more) {
        more.forEach(users::putIfAbsent);
        return this;
    }

    static FileDirectory empty() {
        return new FileDirectory();
    }

    @Override
    public Optional<Person> user(String key) {
        return Optional.ofNullable(users.get(key));
    }

    @Override
    public List<Person> groupMembers(String group) {
        return people(groups.getOrDefault(group, List.of()));
    }

    @Override
    public List<Person> projectRoleMembers(String projectKey, String role) {
        return people(roles.getOrDefault(projectKey, Map.of()).getOrDefault(role, List.of()));
    }

    @Override
    public Optional<Person> userByEmail(String address) {
        List<Person> found = users.values().stream()
                .filter(p -> p.email() != null && p.email().equalsIgnoreCase(address)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private List<Person> people(List<String> keys) {
        List<Person> people = new ArrayList<>();
        keys.forEach(key -> user(key).ifPresent(people::add));
        return people;
    }

    private static List<String> keys(JsonNode list, String source, String path) {
        if (!list.isArray()) {
            throw new BadInputException(source + ": " + path + ": a list of user keys");
        }
        List<String> keys = new ArrayList<>();
        list.forEach(key -> keys.add(key.asText()));
        return keys;
    }
}
