package io.singlepoint.jira.mail;

import java.nio.file.Path;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.util.AttachmentException;

/**
 * What a processed mail changes in Jira, done through a {@code MessageHandlerContext}:
 * Jira's incoming-mail service's, or {@link RerunContext} in an administrator's re-run. In the service's test run
 * from the admin screen these change nothing.
 */
interface MailActions {

    /** A comment by {@code author}, which fires Jira's comment event (notifications, listeners). */
    Comment comment(Issue issue, ApplicationUser author, String body);

    /**
     * Creates the new issue (project, type, summary, description and reporter set) with its reporter, which fires
     * Jira's issue-created event (the create transition's post-functions, notifications).
     *
     * @return the created issue; {@code null} if none was created (the mail is then held)
     */
    Issue createIssue(ApplicationUser reporter, MutableIssue issue) throws CreateException;

    /**
     * Attaches the file at {@code file} to the issue.
     *
     * @return whether it was attached; {@code false} if it was not (the log then says which)
     */
    boolean attach(Issue issue, ApplicationUser author, Path file, String name, String contentType)
            throws AttachmentException;

    /** {@code false} in the admin screen's test run: nothing is changed, so nothing is logged either. */
    boolean isRealRun();
}
