package com.atlassian.jira.issue.comments;

import java.util.Date;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Stand-in: jira-api. */
public interface Comment {

    Long getId();

    String getBody();

    ApplicationUser getAuthorApplicationUser();

    Date getCreated();

    Issue getIssue();
}
