package io.singlepoint.jira.sla;

import java.util.List;

/** A JQL query Jira refused, with Jira's messages, already in the searcher's language. */
public final class InvalidJqlException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String jql;
    private final List<String> messages;

    public InvalidJqlException(String jql, List<String> messages) {
        super("JQL \"" + jql + "\" is not valid: " + String.join(" ", messages));
        this.jql = jql;
        this.messages = List.copyOf(messages);
    }

    public String jql() {
        return jql;
    }

    public List<String> messages() {
        return messages;
    }
}
