package io.singlepoint.jira.mail;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.atlassian.jira.issue.AttachmentManager;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What core's triage asks about the past, answered from Jira and the processing log: the Message-IDs SinglePoint's
 * notifications carry (by their format: they name the issue id), the Message-IDs of mails received (the log), the
 * sender's mails in the last hour, the files already on the issue (those mail attached, by the log, and those
 * attached otherwise of a size one of the mail's files has, by their bytes), and whether the sender is a Jira user
 * who may comment on the issue.
 */
final class JiraMailHistory implements MailHistory {

    /** At most this many of the issue's files are read for one mail. */
    static final int MAX_CANDIDATES = 20;

    /** At most this many bytes of the issue's files are read for one mail. */
    static final long MAX_READ_BYTES = 25L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(JiraMailHistory.class);

    private final MailLogStore log;
    private final IssueManager issues;
    private final MessageUserProcessor users;
    private final PermissionManager permissions;
    private final String domain;
    private final Instant now;
    private final CustomFieldManager fields;
    private final ApplicationUser runAs;
    private final AttachmentManager attachments;

    /**
     * @param fields      the custom fields, to read the issue's RASCI fields
     * @param runAs       the active user who comments for RASCI participants who may not comment themselves, or
     *                    {@code null}
     * @param attachments the issue's files, to find those the mail's files equal
     */
    JiraMailHistory(MailLogStore log, IssueManager issues, MessageUserProcessor users, PermissionManager permissions,
                    String domain, Instant now, CustomFieldManager fields, ApplicationUser runAs,
                    AttachmentManager attachments) {
        this.attachments = attachments;
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
     * The files mail attached (the log), and the SHA-256 of the issue's files that have one of {@code sizes} bytes:
     * their sizes are compared first, and only same-size files are read, at most {@link #MAX_CANDIDATES} of them and
     * {@link #MAX_READ_BYTES} in all. A file that cannot be read counts as not on the issue (the mail's file is
     * attached); the first such failure is logged.
     */
    @Override
    public Set<String> attachmentHashes(String issueKey, Set<Long> sizes) {
        Set<String> hashes = new HashSet<>(log.attachmentHashes(issueKey));
        Issue issue = sizes.isEmpty() || issueKey == null ? null : issues.getIssueObject(issueKey);
        if (issue != null) {
            hashes.addAll(onIssue(issue, sizes));
        }
        return hashes;
    }

    private Set<String> onIssue(Issue issue, Set<Long> sizes) {
        Set<String> hashes = new HashSet<>();
        List<com.atlassian.jira.issue.attachment.Attachment> existing;
        try {
            existing = attachments.getAttachments(issue);
        } catch (RuntimeException e) {
            LOG.warn("SinglePoint could not list the attachments of {}, a mailed file it has is attached again: {}",
                    issue.getKey(), e.toString());
            return hashes;
        }
        int candidates = 0;
        long read = 0;
        boolean failed = false;
        for (com.atlassian.jira.issue.attachment.Attachment file : existing == null
                ? List.<com.atlassian.jira.issue.attachment.Attachment>of() : existing) {
            Long size = file.getFilesize();
            if (size == null || !sizes.contains(size) || candidates >= MAX_CANDIDATES
                    || read + size > MAX_READ_BYTES) {
                continue;
            }
            candidates++;
            read += size;
            try {
                hashes.add(attachments.streamAttachmentContent(file, in -> sha256(in, size)));
            } catch (IOException | RuntimeException e) {
                if (!failed) {
                    LOG.warn("SinglePoint could not read {} on {}, a mailed file equal to it is attached again: {}",
                            file.getFilename(), issue.getKey(), e.toString());
                    failed = true;
                }
            }
        }
        return hashes;
    }

    /** Hex SHA-256 of at most {@code size + 1} bytes: a longer content cannot equal a file of {@code size} bytes. */
    private static String sha256(InputStream in, long size) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[8192];
        long left = size + 1;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            digest.update(buffer, 0, n);
            left -= n;
        }
        return HexFormat.of().formatHex(digest.digest());
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
