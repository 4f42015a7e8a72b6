package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * Stand-in: jira-api. A class (a bean), not an interface. For {@code "status"} items {@code getFrom}/{@code getTo}
 * are status ids and {@code getFromString}/{@code getToString} status names. Its public constructors are not
 * stubbed; the plugin only reads the beans Jira returns.
 */
public class ChangeItemBean {

    private ChangeItemBean() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getField() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getFrom() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getFromString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getTo() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The display value after the change; a getter, not {@link Object#toString()}. */
    public String getToString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Timestamp getCreated() {
        throw new UnsupportedOperationException("stand-in");
    }
}
