package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api; a component. Only the member the app calls. */
public interface CommentManager {

    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);
}
