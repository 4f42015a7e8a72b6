package com.atlassian.jira.datetime;

/**
 * Stand-in: jira-api. The styles Jira formats dates in; {@code COMPLETE} is date and time in the format the
 * administrator chose under Look and feel. The constants as in Jira 6.3; later versions may have more.
 */
public enum DateTimeStyle {
    TIME,
    DATE,
    COMPLETE,
    RELATIVE,
    DATE_TIME_PICKER,
    DATE_PICKER,
    RELATIVE_WITH_TIME_ONLY,
    RELATIVE_ALWAYS_WITH_TIME,
    RELATIVE_WITHOUT_TIME,
    ISO_8601_DATE_TIME,
    ISO_8601_DATE,
    RSS_RFC822_DATE_TIME
}
