package io.singlepoint.jira.mail;

import java.nio.file.Path;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.service.util.handler.MessageHandlerContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.util.AttachmentException;

/**
 * A {@link MessageHandlerContext} as the processor's actions: Jira's own in the mail service's run, or
 * {@link RerunContext} in an administrator's re-run, so that both go the same way.
 */
final class ContextActions implements MailActions {
    private final MessageHandlerContext context;

    ContextActions(MessageHandlerContext context) {
        this.context = context;
    }

    @Override
    public Comment comment(Issue issue, ApplicationUser author, String body) {
        return context.createComment(issue, author, body, true);
    }

    @Override
    public Issue createIssue(ApplicationUser reporter, MutableIssue issue) throws CreateException {
        return context.createIssue(reporter, issue);
    }

    @Override
    public boolean attach(Issue issue, ApplicationUser author, Path file, String name, String contentType)
            throws AttachmentException {
        context.createAttachment(file.toFile(), name, contentType, author, issue);
        return true;
    }

    @Override
    public boolean isRealRun() {
        return context.isRealRun();
    }
}
