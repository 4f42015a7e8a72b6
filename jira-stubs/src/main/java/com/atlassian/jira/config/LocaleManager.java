package com.atlassian.jira.config;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api; a component. Only the member the app calls. */
public interface LocaleManager {

    /** The user's language; Jira's default language if they chose none. */
    Locale getLocaleFor(ApplicationUser user);
}
