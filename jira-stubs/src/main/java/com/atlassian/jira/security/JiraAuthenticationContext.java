package com.atlassian.jira.security;

import java.util.Locale;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

/**
 * Stand-in: jira-api. {@code getLoggedInUser()} returns {@code ApplicationUser} since Jira 7 (crowd {@code User} in
 * Jira 6). Jobs and listeners that act as a user set it, and restore it afterwards.
 */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    void setLoggedInUser(ApplicationUser user);

    I18nHelper getI18nHelper();

    Locale getLocale();
}
