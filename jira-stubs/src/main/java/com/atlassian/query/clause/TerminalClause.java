package com.atlassian.query.clause;

/**
 * Stand-in: jira-api (package {@code com.atlassian.query}). The clause a JQL function appears in; passed through
 * unread. (The real interface extends {@code Clause}; not stubbed.)
 */
public interface TerminalClause {
}
