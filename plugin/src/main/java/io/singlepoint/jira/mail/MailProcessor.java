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

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueFactory;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.service.util.handler.MessageUserProcessor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.util.AttachmentException;

import io.singlepoint.core.Violation;
import io.singlepoint.core.mail.Attachment;
import io.singlepoint.core.mail.MailAnalysis;
import io.singlepoint.core.mail.MailAnalyzer;
import io.singlepoint.core.mail.MailDecision;
import io.singlepoint.core.mail.MailTriage;
import io.singlepoint.core.mail.ReplyAuthor;
import io.singlepoint.jira.sla.SlaReplies;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one raw mail for the handler: core reads it and decides ({@link MailTriage}) with what Jira and the
 * processing log know ({@link JiraMailHistory}); a reply becomes a comment by the sender with the reply text and the
 * kept files, and resumes a paused SLA ({@link SlaReplies}); a new request from a Jira user opens an issue in the
 * configured project; a bounce records its failing addresses ({@link BouncedAddresses}); every decision is logged
 * with the raw mail. Whatever goes wrong in Jira while carrying a decision out is logged as {@code failed} with the
 * raw mail, never lost.
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
    private final IssueFactory issueFactory;
    private final ProjectManager projects;
    private final BouncedAddresses bounced;
    private final Clock clock;
    private final CustomFieldManager fields;
    private final UserManager userManager;
    private final AttachmentManager attachments;
    private final JiraAuthenticationContext authentication;
    private final RejectReplies rejectReplies;
    private final ClusterLockService locks;

    /** Jira's limit of a summary's length. */
    static final int MAX_SUMMARY = 255;

    /** Decisions an administrator may re-run: the mail needs a look, and nothing was done with it. */
    static final Set<String> RERUNNABLE = Set.of("failed", "hold", "reject");

    @Inject
    public MailProcessor(MailLogStore log, IssueManager issues, MessageUserProcessor users,
                         PermissionManager permissions, SlaReplies slaReplies, CommentManager comments,
                         IssueFactory issueFactory, ProjectManager projects, BouncedAddresses bounced,
                         CustomFieldManager fields, UserManager userManager, JiraAuthenticationContext authentication,
                         RejectReplies rejectReplies, AttachmentManager attachments, ClusterLockService locks) {
        this(log, issues, users, permissions, slaReplies, comments, issueFactory, projects, bounced,
                fields, userManager, authentication, rejectReplies, attachments, locks, Clock.systemUTC());
    }

    MailProcessor(MailLogStore log, IssueManager issues, MessageUserProcessor users, PermissionManager permissions,
                  SlaReplies slaReplies, CommentManager comments, IssueFactory issueFactory, ProjectManager projects,
                  BouncedAddresses bounced, CustomFieldManager fields, UserManager userManager,
                  JiraAuthenticationContext authentication, RejectReplies rejectReplies,
                  AttachmentManager attachments, ClusterLockService locks, Clock clock) {
        this.attachments = attachments;
        this.locks = locks;
        this.rejectReplies = rejectReplies;
        this.fields = fields;
        this.userManager = userManager;
        this.authentication = authentication;
        this.log = log;
        this.issues = issues;
        this.users = users;
        this.permissions = permissions;
        this.slaReplies = slaReplies;
        this.comments = comments;
        this.issueFactory = issueFactory;
        this.projects = projects;
        this.bounced = bounced;
        this.clock = clock;
    }

    /**
     * An administrator re-runs a logged mail (held, rejected or failed, its raw mail kept whole): it is processed
     * again as if it came now, after what changed since (a permission granted, a project configured, Jira working
     * again). It goes the same way as in the mail service, through {@link RerunContext}: comments, files and new
     * issues by Jira's services, with their events.
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
            return Optional.of(process(raw, config,
                    new ContextActions(new RerunContext(comments, attachments, issues))));
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
        JiraMailHistory history = new JiraMailHistory(log, issues, users, permissions, config.domain(), now, fields,
                runAs(config), attachments);
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
                done = carryOut(decision, analysis, history, files, actions, config);
            } catch (AttachmentException | CreateException | RuntimeException e) {
                // Jira refused (a permission, a workflow, the database): keep the mail and say why.
                LOG.warn("SinglePoint could not process mail <{}> from {}: {}", analysis.messageId(),
                        analysis.fromAddress(), e.toString());
                done = new Done("failed", null, Violation.of(REASON + "failed", String.valueOf(e.getMessage())),
                        List.of());
            }
            ReplyOutcome answered = null;
            ReplyOutcome forwarded = null;
            if (done.decision().equals("reject")) {
                Issue rejectedOn = null;
                try {
                    rejectedOn = thread(done.issueKey(), done.reason() == null ? List.of()
                            : done.reason().arguments());
                    answered = rejectReplies.answer(analysis, rejectedOn, config, now);
                } catch (RuntimeException e) {
                    LOG.warn("SinglePoint could not answer the rejected mail from {}: {}", analysis.fromAddress(),
                            e.toString());
                    answered = config.rejectReply() ? ReplyOutcome.failed(e) : null;
                }
                forwarded = forward(analysis, raw.size() <= RejectReplies.MAX_FORWARD_BYTES
                        ? raw.head(RejectReplies.MAX_FORWARD_BYTES) : null, rejectedOn, config);
            }
            boolean keepRaw = !done.decision().equals("duplicate");
            byte[] kept = keepRaw ? raw.head(config.keepBytes()) : null;
            long size = raw.size();
            long logId = log.add(new MailLogStore.NewEntry(analysis.messageId(), analysis.fromAddress(), analysis.subject(),
                    done.decision(), done.reason() == null ? null : done.reason().i18nKey(),
                    done.reason() == null ? List.of() : done.reason().arguments().stream().map(String::valueOf)
                            .toList(), done.issueKey(), now, kept, size, done.attached(), answered, forwarded));
            if (decision instanceof MailDecision.MarkBounced b && done.decision().equals(b.action())) {
                try {
                    bounced.record(b.addresses(), now, logId);
                } catch (RuntimeException e) {
                    // The bounce is logged with its addresses; an administrator can read them there.
                    LOG.warn("SinglePoint could not record the bounced addresses {}: {}", b.addresses(), e.toString());
                }
            }
            boolean keptWhole = kept != null && kept.length == size;
            return new Outcome(done.decision(), done.issueKey(), done.reason(),
                    !done.decision().equals("failed") || keptWhole);
        }
    }

    /** The issue a rejected mail belongs to (the reason's second argument), or {@code null}. */
    private Issue thread(String issueKey, List<?> reasonArgs) {
        String key = issueKey != null ? issueKey
                : reasonArgs.size() > 1 ? String.valueOf(reasonArgs.get(1)) : "";
        return key.isEmpty() ? null : issues.getIssueObject(key);
    }

    /** Forwards a rejected mail if {@code forwardTo} is set; never throws. */
    private ReplyOutcome forward(MailAnalysis analysis, byte[] whole, Issue rejectedOn, MailHandlerConfig config) {
        try {
            return rejectReplies.forward(analysis, whole, rejectedOn, config);
        } catch (RuntimeException e) {
            LOG.warn("SinglePoint could not forward the rejected mail from {}: {}", analysis.fromAddress(),
                    e.toString());
            return config.forwardTo() == null ? null : ReplyOutcome.failed(e);
        }
    }

    /** What became of an administrator's "forward again". */
    public sealed interface ForwardAgain {
        /** It was forwarded, or tried: the new outcome, now in the entry. */
        record Done(ReplyOutcome outcome) implements ForwardAgain { }

        /** Another request, on this node or another, is forwarding the same mail right now. */
        record Busy() implements ForwardAgain { }

        /** The entry is no rejected mail kept whole, its forward was sent, or no {@code forwardTo} is set. */
        record Refused() implements ForwardAgain { }
    }

    /** Cluster lock names are stored by Jira: a bounded set of them, shared by entries with the same remainder. */
    private static final int FORWARD_LOCKS = 64;

    /**
     * An administrator forwards a rejected mail to agents again, because its forward was skipped or failed: the
     * kept raw mail (whole, as a re-run needs it) goes to the handler's current {@code forwardTo}, and the new
     * outcome replaces the old one in the entry. Under a cluster lock, checked again inside it, so that two clicks
     * or two administrators on two nodes send it once.
     */
    public ForwardAgain forwardAgain(long entryId, MailHandlerConfig config) throws IOException {
        ClusterLock lock = locks.getLockForName("io.singlepoint.mail.forward." + Math.floorMod(entryId, FORWARD_LOCKS));
        if (!lock.tryLock()) {
            return new ForwardAgain.Busy();
        }
        try {
            Optional<MailLogEntry> entry = log.get(entryId);
            Optional<byte[]> raw = entry.isPresent() && forwardable(entry.get()) && config.forwardTo() != null
                    ? log.raw(entryId) : Optional.empty();
            if (raw.isEmpty()) { // also when retention removed the raw mail since the page was shown
                return new ForwardAgain.Refused();
            }
            byte[] bytes = raw.get();
            MailAnalysis analysis;
            try (MailFileStore files = new MailFileStore(); InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                analysis = new MailAnalyzer(config.settings()).analyze(in, files);
            }
            Issue rejectedOn;
            try {
                rejectedOn = thread(entry.get().issueKey(), entry.get().reasonArgs());
            } catch (RuntimeException e) {
                LOG.warn("SinglePoint could not read the issue of the rejected mail {}: {}", entryId, e.toString());
                rejectedOn = null;
            }
            ReplyOutcome outcome = forward(analysis, bytes.length <= RejectReplies.MAX_FORWARD_BYTES ? bytes : null,
                    rejectedOn, config);
            return outcome != null && log.recordForward(entryId, outcome) ? new ForwardAgain.Done(outcome)
                    : new ForwardAgain.Refused();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether an administrator may forward the entry's mail again: rejected, kept whole, and forwarded before without
     * success (the page offers it for exactly these entries).
     */
    static boolean forwardable(MailLogEntry entry) {
        return entry.decision().equals("reject") && entry.rawKeptWhole() && entry.forward() != null
                && !entry.forward().sent();
    }

    /** The active user named by {@code commentAs}, or {@code null}. */
    private ApplicationUser runAs(MailHandlerConfig config) {
        if (config.commentAs() == null) {
            return null;
        }
        ApplicationUser user = userManager.getUserByName(config.commentAs());
        if (user == null || !user.isActive()) {
            LOG.warn("SinglePoint mail handler: commentAs names no active Jira user ({}); RASCI participants who may"
                    + " not comment themselves are rejected", config.commentAs());
            return null;
        }
        return user;
    }

    /** What was done, for the log. */
    private record Done(String decision, String issueKey, Violation reason, List<String> attached) {
    }

    private Done carryOut(MailDecision decision, MailAnalysis analysis, JiraMailHistory history,
                          MailFileStore files, MailActions actions, MailHandlerConfig config)
            throws AttachmentException, CreateException {
        if (decision instanceof MailDecision.Comment c) {
            return comment(c, analysis, history, files, actions);
        }
        if (decision instanceof MailDecision.CreateIssue c) {
            return create(c, analysis, history, files, actions, config);
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

    /**
     * A new request from an active Jira user (core's triage checked the sender's standing): a new issue in the
     * configured project and issue type, reported by the sender, with the reply text as its description and the
     * kept files. Without a configured project it is held for an agent.
     */
    private Done create(MailDecision.CreateIssue c, MailAnalysis analysis, JiraMailHistory history,
                        MailFileStore files, MailActions actions, MailHandlerConfig config)
            throws AttachmentException, CreateException {
        String from = analysis.fromAddress();
        if (!config.createsIssues()) {
            return new Done("hold", null, Violation.of(REASON + "new-request", from), List.of());
        }
        Project project = projects.getProjectObjByKey(config.project());
        if (project == null) {
            return new Done("hold", null, Violation.of(REASON + "no-such-project", config.project()), List.of());
        }
        ApplicationUser reporter = history.user(from);
        if (reporter == null) {
            return new Done("hold", null, Violation.of(REASON + "new-request", from), List.of());
        }
        MutableIssue blank = issueFactory.getIssue();
        blank.setProjectId(project.getId());
        blank.setIssueTypeId(config.issueType());
        blank.setSummary(summary(c.summary(), from));
        blank.setDescription(c.text());
        blank.setReporterId(reporter.getKey());
        Issue issue = actions.createIssue(reporter, blank);
        if (issue == null) {
            return new Done("hold", null, Violation.of(REASON + "new-request-rerun", from), List.of());
        }
        List<String> attached = new ArrayList<>();
        for (Attachment file : c.attachments()) {
            Path path = file.keep() ? files.file(file.sha256()) : null;
            if (path != null && !attached.contains(file.sha256())
                    && actions.attach(issue, reporter, path, file.name(), file.contentType())) {
                attached.add(file.sha256());
            }
        }
        return new Done("created", issue.getKey(), Violation.of(REASON + "created", project.getKey(), from),
                attached);
    }

    /**
     * An issue's summary from a mail's subject (core removed the reply and forward prefixes): one line, at most
     * {@link #MAX_SUMMARY} characters (cut at a word where one is near), never empty.
     */
    static String summary(String subject, String from) {
        String line = subject == null ? "" : subject.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        if (line.isEmpty()) {
            line = "Mail from " + from;
        }
        if (line.length() <= MAX_SUMMARY) {
            return line;
        }
        int cut = MAX_SUMMARY - 1;
        if (Character.isLowSurrogate(line.charAt(cut))) {
            cut--;
        }
        int space = line.lastIndexOf(' ', cut);
        if (space > MAX_SUMMARY - 40) {
            cut = space;
        }
        return line.substring(0, cut).strip() + "\u2026";
    }

    private Done comment(MailDecision.Comment c, MailAnalysis analysis, JiraMailHistory history, MailFileStore files,
                         MailActions actions) throws AttachmentException {
        Issue issue = issues.getIssueObject(c.issueKey());
        if (issue == null) {
            return new Done("hold", c.issueKey(), Violation.of(REASON + "no-such-issue", c.issueKey()), List.of());
        }
        ReplyAuthor as = history.author(analysis.fromAddress(), issue);
        if (as == ReplyAuthor.NOT_PERMITTED) {
            return new Done("reject", issue.getKey(), Violation.of(REASON + "sender-not-permitted",
                    analysis.fromAddress(), issue.getKey()), List.of());
        }
        boolean onBehalf = as == ReplyAuthor.ON_BEHALF;
        ApplicationUser author = onBehalf ? history.runAs() : history.user(analysis.fromAddress());
        String body = onBehalf ? onBehalfLine(analysis) + "\n\n" + c.text() : c.text();
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
            Comment comment = actions.comment(issue, author, body);
            try {
                slaReplies.onComment(issue, author, comment.getId(), onBehalf);
            } catch (RuntimeException e) {
                // The comment stands; a mail delivered again must not add it twice, so this is no failure.
                LOG.warn("SinglePoint could not record the reply by mail on {} for its SLAs: {}", issue.getKey(),
                        e.toString());
            }
        }
        String via = c.thread().via() == null ? "" : c.thread().via();
        Violation reason = !notAttached.isEmpty()
                ? Violation.of(REASON + "commented-without-files", String.join(", ", notAttached))
                : onBehalf ? Violation.of(REASON + "commented-on-behalf", c.thread().by(), via, author.getUsername(),
                        analysis.fromAddress())
                : Violation.of(REASON + "commented", c.thread().by(), via);
        return new Done(c.action(), issue.getKey(), reason, attached);
    }

    /**
     * The first line of a comment written for someone else: "On behalf of Name &lt;address&gt;:" in the language
     * of the thread's user; the mail service runs as nobody, so that is Jira's default language.
     */
    private String onBehalfLine(MailAnalysis analysis) {
        String sender = analysis.from() == null ? analysis.fromAddress() : analysis.from().toString();
        return authentication.getI18nHelper().getText("singlepoint.mail.comment.on-behalf", sender);
    }
}
