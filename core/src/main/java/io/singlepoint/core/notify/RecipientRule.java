package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

import io.singlepoint.core.rasci.RasciRole;

/**
 * Who a notification goes to, one rule of a {@link RecipientRules} list. Each rule has a short text form, its
 * {@linkplain #token() token}, used in the stored configuration:
 * <table>
 *   <caption>Tokens</caption>
 *   <tr><td>{@code R}, {@code A}, {@code S}, {@code C}, {@code I}</td><td>everyone holding that RASCI role</td></tr>
 *   <tr><td>{@code reporter}, {@code assignee}, {@code watchers}</td><td>the issue's</td></tr>
 *   <tr><td>{@code group:change-advisory-board}</td><td>the members of a Jira group</td></tr>
 *   <tr><td>{@code project-role:Service Desk Team}</td><td>the members of a role in the project</td></tr>
 *   <tr><td>{@code email:cab@example.com}</td><td>a fixed address</td></tr>
 * </table>
 */
public sealed interface RecipientRule {

    /** At most this many characters in a group or project role name, as Jira allows. */
    int MAX_NAME = 255;

    RecipientRule REPORTER = new Reporter();
    RecipientRule ASSIGNEE = new Assignee();
    RecipientRule WATCHERS = new Watchers();

    /** The rule's text form; {@link #parse} reads it back. */
    String token();

    /** Everyone holding {@code role} in the RASCI field: users, group members, addresses. */
    record Role(RasciRole role) implements RecipientRule {
        public Role {
            requireNonNull(role, "role");
        }

        @Override
        public String token() {
            return String.valueOf(role.letter());
        }
    }

    /** The reporter. */
    record Reporter() implements RecipientRule {
        @Override
        public String token() {
            return "reporter";
        }
    }

    /** The assignee. */
    record Assignee() implements RecipientRule {
        @Override
        public String token() {
            return "assignee";
        }
    }

    /** The watchers. */
    record Watchers() implements RecipientRule {
        @Override
        public String token() {
            return "watchers";
        }
    }

    /** The members of a Jira group. */
    record Group(String name) implements RecipientRule {
        public Group {
            name = checkedName(name, "group");
        }

        @Override
        public String token() {
            return "group:" + name;
        }
    }

    /** The members of a project role in the project. */
    record ProjectRole(String name) implements RecipientRule {
        public ProjectRole {
            name = checkedName(name, "project role");
        }

        @Override
        public String token() {
            return "project-role:" + name;
        }
    }

    /** A fixed address: a mailbox of the change advisory board, a supplier. */
    record Address(EmailAddress address) implements RecipientRule {
        public Address {
            requireNonNull(address, "address");
        }

        @Override
        public String token() {
            return "email:" + address.value();
        }
    }

    /**
     * The rule of a token.
     *
     * @throws IllegalArgumentException saying what tokens there are, if it is none; or what is wrong with the address
     *                                  or name it holds
     */
    static RecipientRule parse(String token) {
        String text = requireNonNull(token, "token").strip();
        int colon = text.indexOf(':');
        String kind = (colon < 0 ? text : text.substring(0, colon)).toLowerCase(Locale.ROOT);
        String value = colon < 0 ? null : text.substring(colon + 1);
        return switch (kind) {
            case "r", "a", "s", "c", "i" -> colon < 0 ? new Role(RasciRole.of(kind)) : unknown(token);
            case "reporter" -> colon < 0 ? REPORTER : unknown(token);
            case "assignee" -> colon < 0 ? ASSIGNEE : unknown(token);
            case "watchers" -> colon < 0 ? WATCHERS : unknown(token);
            case "group" -> new Group(value);
            case "project-role" -> new ProjectRole(value);
            case "email" -> new Address(EmailAddress.of(value == null ? "" : value));
            default -> unknown(token);
        };
    }

    private static RecipientRule unknown(String token) {
        throw new IllegalArgumentException("\"" + EmailAddress.shown(token) + "\" is not a recipient: R, A, S, C, I,"
                + " reporter, assignee, watchers, group:NAME, project-role:NAME or email:ADDRESS");
    }

    private static String checkedName(String name, String what) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || HeaderValue.hasControl(stripped)) {
            throw new IllegalArgumentException("a " + what + " needs a name of 1 to " + MAX_NAME
                    + " characters on one line, not \"" + EmailAddress.shown(name == null ? "" : name) + "\"");
        }
        return stripped;
    }
}
