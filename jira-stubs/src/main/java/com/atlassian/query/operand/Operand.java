package com.atlassian.query.operand;

/** Stand-in: jira-api (package {@code com.atlassian.query}). */
public interface Operand {

    String getName();
}
