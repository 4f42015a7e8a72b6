package com.atlassian.jira.timezone;

import java.util.TimeZone;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api; a component. Only the members the app calls. */
public interface TimeZoneManager {

    /** The user's time zone; Jira's default time zone if they chose none. */
    TimeZone getTimeZoneforUser(ApplicationUser user);

    /** Jira's default time zone. */
    TimeZone getDefaultTimezone();
}
