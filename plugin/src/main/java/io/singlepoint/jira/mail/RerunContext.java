package io.singlepoint.jira.mail;

import java.io.File;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.service.util.handler.MessageHandlerContext;
import com.atlassian.jira.service.util.handler.MessageHandlerExecutionMonitor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.util.AttachmentException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context of an administrator's re-run from the processing log: Jira's {@link MessageHandlerContext} exists only
 * inside the mail service's run, so a re-run does the same through Jira's services. Comments fire Jira's comment
 * event, new issues its issue-created event; always a real run. What the service reports to its monitor goes to the
 * log.
 */
final class RerunContext implements MessageHandlerContext {

    private static final Logger LOG = LoggerFactory.getLogger(RerunContext.class);

    private final CommentManager comments;
    private final AttachmentManager attachments;
    private final IssueManager issues;

    RerunContext(CommentManager comments, AttachmentManager attachments, IssueManager issues) {
        this.comments = comments;
        this.attachments = attachments;
        this.issues = issues;
    }

    @Override
    public Comment createComment(Issue issue, ApplicationUser author, String body, boolean dispatchEvent) {
        return comments.create(issue, author, body, dispatchEvent);
    }

    @Override
    public Issue createIssue(ApplicationUser reporter, Issue issue) throws CreateException {
        return issues.createIssueObject(reporter, issue);
    }

    @Override
    public ChangeItemBean createAttachment(File file, String filename, String contentType, ApplicationUser author,
                                           Issue issue) throws AttachmentException {
        return attachments.createAttachment(
                new CreateAttachmentParamsBean.Builder(file, filename, contentType, author, issue).build());
    }

    @Override
    public boolean isRealRun() {
        return true;
    }

    @Override
    public MessageHandlerExecutionMonitor getMonitor() {
        return MONITOR;
    }

    /** The re-run's monitor: to the log. */
    private static final MessageHandlerExecutionMonitor MONITOR = new MessageHandlerExecutionMonitor() {
        @Override
        public void error(String error, Throwable e) {
            LOG.error(error, e);
        }

        @Override
        public void error(String error) {
            LOG.error(error);
        }

        @Override
        public void warning(String warning) {
            LOG.warn(warning);
        }

        @Override
        public void warning(String warning, Throwable e) {
            LOG.warn(warning, e);
        }

        @Override
        public void info(String info) {
            LOG.info(info);
        }

        @Override
        public void info(String info, Throwable e) {
            LOG.info(info, e);
        }
    };
}
