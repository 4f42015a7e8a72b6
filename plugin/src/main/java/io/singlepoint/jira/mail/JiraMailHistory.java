package io.singlepoint.jira.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.service.util.handler.MessageUserProcessor;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.mail.MailHistory;

/**
 * What core's triage asks about the past, answered from Jira and the processing log: the Message-IDs SinglePoint's
 * notifications carry (by their format: they name the issue id), the Message-IDs of mails received (the log), the
 * sender's mails in the last hour, the files mail already attached, and whether the sender is a Jira user who may
 * comment on the issue.
 */
final class JiraMailHistory implements MailHistory {

    private final MailLogStore log;
    private final IssueManager issues;
    private final MessageUserProcessor users;
    private final PermissionManager permissions;
    private final String domain;
    private final Instant now;

    JiraMailHistory(MailLogStore log, IssueManager issues, MessageUserProcessor users, PermissionManager permissions,
                    String domain, Instant now) {
        this.log = log;
        this.issues = issues;
        this.users = users;
        this.permissions = permissions;
        this.domain = domain;
        this.now = now;
    }

    @Override
    public Optional<KnownMessage> find(String messageId) {
        Optional<Long> issueId = SentMessageIds.issueId(messageId, domain);
        if (issueId.isPresent()) {
            Issue issue = issues.getIssueObject(issueId.get());
            return Optional.of(new KnownMessage(issue == null ? null : issue.getKey(), KnownMessage.Origin.SENT));
        }
        return log.processed(messageId).map(e -> new KnownMessage(e.issueKey(), KnownMessage.Origin.RECEIVED));
    }

    @Override
    public int mailsInLastHour(String address) {
        return log.countFrom(address, now.minus(Duration.ofHours(1)));
    }

    @Override
    public Set<String> attachmentHashes(String issueKey) {
        return log.attachmentHashes(issueKey);
    }

    /**
     * A Jira user (active, found by the address) may comment on an existing issue when Jira gives them the Add
     * Comments permission on it; with no issue (a new request), or an issue that does not exist, any active user
     * is permitted here and the handler decides what it can do.
     */
    @Override
    public SenderStanding standing(String address, String issueKey) {
        ApplicationUser user = user(address);
        if (user == null) {
            return SenderStanding.NOT_PERMITTED;
        }
        Issue issue = issueKey == null ? null : issues.getIssueObject(issueKey);
        if (issue == null) {
            return SenderStanding.PERMITTED;
        }
        return permissions.hasPermission(ProjectPermissions.ADD_COMMENTS, issue, user) ? SenderStanding.PERMITTED
                : SenderStanding.NOT_PERMITTED;
    }

    /** The active Jira user with this address, or {@code null}. */
    ApplicationUser user(String address) {
        ApplicationUser user = address == null ? null : users.findUserByEmail(address);
        return user != null && user.isActive() ? user : null;
    }
}
