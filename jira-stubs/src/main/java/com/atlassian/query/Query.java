package com.atlassian.query;

/** Stand-in: jira-api (package {@code com.atlassian.query}). A parsed JQL query, passed through unread. */
public interface Query {
}
