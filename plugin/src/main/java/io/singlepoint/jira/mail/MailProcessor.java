package io.singlepoint.jira.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.service.util.handler.MessageUserProcessor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.util.AttachmentException;

import io.singlepoint.core.Violation;
import io.singlepoint.core.mail.Attachment;
import io.singlepoint.core.mail.MailAnalysis;
import io.singlepoint.core.mail.MailAnalyzer;
import io.singlepoint.core.mail.MailDecision;
import io.singlepoint.core.mail.MailTriage;
import io.singlepoint.jira.sla.SlaReplies;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one raw mail for the handler: core reads it and decides ({@link MailTriage}) with what Jira and the
 * processing log know ({@link JiraMailHistory}); a reply becomes a comment by the sender with the reply text and the
 * kept files, and resumes a paused SLA ({@link SlaReplies}); every decision is logged with the raw mail. Whatever goes
 * wrong in Jira while carrying a decision out is logged as {@code failed} with the raw mail, never lost.
 */
@Named
public final class MailProcessor {

    static final String REASON = "singlepoint.mail.reason.";
    private static final Logger LOG = LoggerFactory.getLogger(MailProcessor.class);

    private final MailLogStore log;
    private final IssueManager issues;
    private final MessageUserProcessor users;
    private final PermissionManager permissions;
    private final SlaReplies slaReplies;
    private final CommentManager comments;
    private final Clock clock;

    /** Decisions an administrator may re-run: the mail needs a look, and nothing was done with it. */
    static final Set<String> RERUNNABLE = Set.of("failed", "hold", "reject");

    @Inject
    public MailProcessor(MailLogStore log, IssueManager issues, MessageUserProcessor users,
                         PermissionManager permissions, SlaReplies slaReplies, CommentManager comments) {
        this(log, issues, users, permissions, slaReplies, comments, Clock.systemUTC());
    }

    MailProcessor(MailLogStore log, IssueManager issues, MessageUserProcessor users, PermissionManager permissions,
                  SlaReplies slaReplies, CommentManager comments, Clock clock) {
        this.log = log;
        this.issues = issues;
        this.users = users;
        this.permissions = permissions;
        this.slaReplies = slaReplies;
        this.comments = comments;
        this.clock = clock;
    }

    /**
     * An administrator re-runs a logged mail (held, rejected or failed, its raw mail kept whole): it is processed
     * again as if it came now, after what changed since (a permission granted, a project configured, Jira working
     * again). Outside the mail service a comment is made directly; files are not attached (the log says which).
     *
     * @return what became of it; empty if the entry cannot be re-run
     */
    public Optional<Outcome> rerun(long entryId, MailHandlerConfig config) throws IOException {
        Optional<MailLogEntry> entry = log.get(entryId);
        if (entry.isEmpty() || !entry.get().rawKeptWhole() || !RERUNNABLE.contains(entry.get().decision())) {
            return Optional.empty();
        }
        byte[] bytes = log.raw(entryId).orElseThrow();
        log.markRerun(entryId);
        try (RawMail raw = RawMail.of(bytes)) {
            return Optional.of(process(raw, config, new DirectActions(comments)));
        }
    }

    /** A re-run's actions: comments through Jira's comment manager (with its event), no files. */
    private record DirectActions(CommentManager comments) implements MailActions {
        @Override
        public Comment comment(Issue issue, ApplicationUser author, String body) {
            return comments.create(issue, author, body, true);
        }

        @Override
        public boolean attach(Issue issue, ApplicationUser author, Path file, String name, String contentType) {
            return false;
        }

        @Override
        public boolean isRealRun() {
            return true;
        }
    }

    /**
     * What became of a mail.
     *
     * @param decision the logged decision: core's action, or {@code failed}
     * @param issueKey the issue it went to, or {@code null}
     * @param reason   the reason, or {@code null}
     * @param handled  the decision was carried out, or the whole raw mail is kept in the log: the mail service may
     *                 delete it from the mailbox
     */
    public record Outcome(String decision, String issueKey, Violation reason, boolean handled) {
    }

    /** Reads, decides, carries out and logs one mail. */
    Outcome process(RawMail raw, MailHandlerConfig config, MailActions actions) throws IOException {
        Instant now = clock.instant();
        JiraMailHistory history = new JiraMailHistory(log, issues, users, permissions, config.domain(), now);
        try (MailFileStore files = new MailFileStore()) {
            MailAnalysis analysis;
            try (InputStream in = raw.open()) {
                analysis = new MailAnalyzer(config.settings()).analyze(in, files);
            }
            MailDecision decision = MailTriage.decide(analysis, config.settings(), history);
            if (!actions.isRealRun()) {
                return new Outcome(decision.action(), null, null, true);
            }
            Done done;
            try {
                done = carryOut(decision, analysis, history, files, actions);
            } catch (AttachmentException | RuntimeException e) {
                // Jira refused (a permission, a workflow, the database): keep the mail and say why.
                LOG.warn("SinglePoint could not process mail <{}> from {}: {}", analysis.messageId(),
                        analysis.fromAddress(), e.toString());
                done = new Done("failed", null, Violation.of(REASON + "failed", String.valueOf(e.getMessage())),
                        List.of());
            }
            boolean keepRaw = !done.decision().equals("duplicate");
            byte[] kept = keepRaw ? raw.head(config.keepBytes()) : null;
            long size = raw.size();
            log.add(new MailLogStore.NewEntry(analysis.messageId(), analysis.fromAddress(), analysis.subject(),
                    done.decision(), done.reason() == null ? null : done.reason().i18nKey(),
                    done.reason() == null ? List.of() : done.reason().arguments().stream().map(String::valueOf)
                            .toList(), done.issueKey(), now, kept, size, done.attached()));
            boolean keptWhole = kept != null && kept.length == size;
            return new Outcome(done.decision(), done.issueKey(), done.reason(),
                    !done.decision().equals("failed") || keptWhole);
        }
    }

    /** What was done, for the log. */
    private record Done(String decision, String issueKey, Violation reason, List<String> attached) {
    }

    private Done carryOut(MailDecision decision, MailAnalysis analysis, JiraMailHistory history,
                          MailFileStore files, MailActions actions) throws AttachmentException {
        if (decision instanceof MailDecision.Comment c) {
            return comment(c, analysis, history, files, actions);
        }
        if (decision instanceof MailDecision.CreateIssue) {
            // Opening issues from mail is not built yet: the request waits in the log for an agent.
            return new Done("hold", null, Violation.of(REASON + "new-request", analysis.fromAddress()), List.of());
        }
        if (decision instanceof MailDecision.Ignore i) {
            return new Done(i.action(), analysis.issueKeys().isEmpty() ? null : analysis.issueKeys().get(0),
                    i.reason(), List.of());
        }
        if (decision instanceof MailDecision.Hold h) {
            return new Done(h.action(), null, h.reason(), List.of());
        }
        if (decision instanceof MailDecision.Reject r) {
            return new Done(r.action(), null, r.reason(), List.of());
        }
        if (decision instanceof MailDecision.ForwardToAgents f) {
            return new Done(f.action(), null, f.reason(), List.of());
        }
        if (decision instanceof MailDecision.MarkBounced b) {
            return new Done(b.action(), null, Violation.of(REASON + "bounced", String.join(" ", b.addresses())),
                    List.of());
        }
        if (decision instanceof MailDecision.Duplicate d) {
            String issueKey = history.find(d.messageId()).map(k -> k.issueKey()).orElse(null);
            return new Done(d.action(), issueKey, Violation.of(REASON + "duplicate", d.messageId()), List.of());
        }
        throw new IllegalStateException("a decision this handler does not know: " + decision.action());
    }

    private Done comment(MailDecision.Comment c, MailAnalysis analysis, JiraMailHistory history, MailFileStore files,
                         MailActions actions) throws AttachmentException {
        Issue issue = issues.getIssueObject(c.issueKey());
        if (issue == null) {
            return new Done("hold", c.issueKey(), Violation.of(REASON + "no-such-issue", c.issueKey()), List.of());
        }
        ApplicationUser author = history.user(analysis.fromAddress());
        List<String> attached = new ArrayList<>();
        List<String> notAttached = new ArrayList<>();
        for (Attachment file : c.attachments()) {
            Path path = file.keep() ? files.file(file.sha256()) : null;
            if (path != null && !attached.contains(file.sha256())) {
                if (actions.attach(issue, author, path, file.name(), file.contentType())) {
                    attached.add(file.sha256());
                } else {
                    notAttached.add(file.name());
                }
            }
        }
        if (!c.text().isBlank()) {
            Comment comment = actions.comment(issue, author, c.text());
            try {
                slaReplies.onComment(issue, author, comment.getId());
            } catch (RuntimeException e) {
                // The comment stands; a mail delivered again must not add it twice, so this is no failure.
                LOG.warn("SinglePoint could not record the reply by mail on {} for its SLAs: {}", issue.getKey(),
                        e.toString());
            }
        }
        Violation reason = notAttached.isEmpty()
                ? Violation.of(REASON + "commented", c.thread().by(), c.thread().via() == null ? "" : c.thread().via())
                : Violation.of(REASON + "commented-without-files", String.join(", ", notAttached));
        return new Done(c.action(), issue.getKey(), reason, attached);
    }
}
