package io.singlepoint.core.notify;

import java.util.List;
import java.util.Optional;

/**
 * The user directory, as the caller knows it: in Jira the user, group and project role managers, on the command line
 * a file. Core holds no users; it asks. Each list is in the directory's order; unknown names give empty lists.
 */
public interface Directory {

    /** No users, no groups, no roles: every user key is unknown. */
    Directory EMPTY = new Directory() {
        @Override
        public Optional<Person> user(String key) {
            return Optional.empty();
        }

        @Override
        public List<Person> groupMembers(String group) {
            return List.of();
        }

        @Override
        public List<Person> projectRoleMembers(String projectKey, String role) {
            return List.of();
        }
    };

    /** The user with this key, active or not. */
    Optional<Person> user(String key);

    /** The members of a group, active or not, nested groups resolved. */
    List<Person> groupMembers(String group);

    /** The users in a project role of a project (groups in the role resolved to their members). */
    List<Person> projectRoleMembers(String projectKey, String role);

    /**
     * The user who has this address, if exactly one has: so that an outside address of someone who is a user gets
     * their name, language and zone. The default knows none.
     */
    default Optional<Person> userByEmail(String address) {
        return Optional.empty();
    }
}
