package com.atlassian.jira.web.action;

import java.util.Collection;

/**
 * Stand-in: jira-core's base of web actions, which plugins extend. Its supertypes are left out; only the member the
 * app's template calls (Jira's own handler pages call it the same way).
 */
public class JiraWebActionSupport {

    public Collection<String> getFlushedErrorMessages() {
        throw new UnsupportedOperationException("stand-in");
    }
}
