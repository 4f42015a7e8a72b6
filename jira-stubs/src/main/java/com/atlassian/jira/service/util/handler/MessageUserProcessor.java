package com.atlassian.jira.service.util.handler;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api, {@code @PublicApi}; a component. Only the member the app calls. */
public interface MessageUserProcessor {

    ApplicationUser findUserByEmail(String emailAddress);
}
