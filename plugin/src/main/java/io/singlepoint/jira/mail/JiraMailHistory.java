package io.singlepoint.jira.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.atlassian.jira.issue.CustomFieldManager;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.service.util.handler.MessageUserProcessor;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.mail.MailHistory;
import io.singlepoint.core.mail.ReplyAuthor;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.jira.rasci.RasciFieldType;

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
    private final CustomFieldManager fields;
    private final ApplicationUser runAs;

    /**
     * @param fields the custom fields, to read the issue's RASCI fields
     * @param runAs  the active user who comments for RASCI participants who may not comment themselves, or
     *               {@code null}
     */
    JiraMailHistory(MailLogStore log, IssueManager issues, MessageUserProcessor users, PermissionManager permissions,
                    String domain, Instant now, CustomFieldManager fields, ApplicationUser runAs) {
        this.fields = fields;
        this.runAs = runAs;
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
     * Comments permission on it; anyone the issue's RASCI field names (as a user, or as an outside address) may when
     * the run-as user may comment ({@link ReplyAuthor}). With no issue (a new request), or an issue that does not
     * exist, any active user is permitted here and the handler decides what it can do; nobody else.
     */
    @Override
    public SenderStanding standing(String address, String issueKey) {
        Issue issue = issueKey == null ? null : issues.getIssueObject(issueKey);
        if (issue == null) {
            return user(address) == null ? SenderStanding.NOT_PERMITTED : SenderStanding.PERMITTED;
        }
        return author(address, issue) == ReplyAuthor.NOT_PERMITTED ? SenderStanding.NOT_PERMITTED
                : SenderStanding.PERMITTED;
    }

    /** Whether the sender answers the issue as themselves, through the run-as user, or not at all. */
    ReplyAuthor author(String address, Issue issue) {
        ApplicationUser user = user(address);
        return ReplyAuthor.decide(address, user == null ? null : user.getKey(), mayComment(user, issue),
                rasci(issue), mayComment(runAs, issue));
    }

    /** The run-as user, or {@code null}. */
    ApplicationUser runAs() {
        return runAs;
    }

    private boolean mayComment(ApplicationUser user, Issue issue) {
        return user != null && permissions.hasPermission(ProjectPermissions.ADD_COMMENTS, issue, user);
    }

    /** The values of the issue's RASCI fields, read through the field type. */
    private List<RasciAssignment> rasci(Issue issue) {
        List<RasciAssignment> values = new ArrayList<>();
        List<CustomField> onIssue = fields.getCustomFieldObjects(issue);
        for (CustomField field : onIssue == null ? List.<CustomField>of() : onIssue) {
            if (field.getCustomFieldType() instanceof RasciFieldType
                    && field.getValue(issue) instanceof RasciAssignment value) {
                values.add(value);
            }
        }
        return values;
    }

    /** The active Jira user with this address, or {@code null}. */
    ApplicationUser user(String address) {
        ApplicationUser user = address == null ? null : users.findUserByEmail(address);
        return user != null && user.isActive() ? user : null;
    }
}
