package com.atlassian.jira.issue.watchers;

import java.util.Collection;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api. {@code @PublicApi}; the real interface also starts and stops watches. */
public interface WatcherManager {

    /** Whether {@code user} watches {@code issue}. */
    boolean isWatching(ApplicationUser user, Issue issue);

    Collection<String> getWatcherUserKeys(Issue issue);
}
