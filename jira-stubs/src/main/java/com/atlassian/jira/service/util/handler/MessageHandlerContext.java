package com.atlassian.jira.service.util.handler;

import java.io.File;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.util.AttachmentException;

/** Stand-in: jira-api, {@code @PublicApi}; only the members the app calls (not createUser). */
public interface MessageHandlerContext {

    Comment createComment(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);

    /** Creates the issue with its reporter; in the admin screen's test run a dummy issue, nothing stored. */
    Issue createIssue(ApplicationUser reporter, Issue issue) throws CreateException;

    ChangeItemBean createAttachment(File file, String filename, String contentType, ApplicationUser author,
                                    Issue issue) throws AttachmentException;

    boolean isRealRun();

    MessageHandlerExecutionMonitor getMonitor();
}
