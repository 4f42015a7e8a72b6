package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api. */
public interface QueryCreationContext {

    /** The searcher (null when anonymous). */
    ApplicationUser getApplicationUser();
}
