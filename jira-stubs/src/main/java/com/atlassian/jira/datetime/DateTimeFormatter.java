package com.atlassian.jira.datetime;

import java.util.Date;

/**
 * Stand-in: jira-api. An interface, injectable as a component; each {@code for…}/{@code with…} call returns a new
 * formatter. {@code forLoggedInUser()} formats in the time zone and locale of whoever is logged in when
 * {@code format} is called (Jira's defaults for anonymous users or unset preferences).
 */
public interface DateTimeFormatter {

    String format(Date date);

    DateTimeFormatter forLoggedInUser();

    DateTimeFormatter withStyle(DateTimeStyle style);
}
