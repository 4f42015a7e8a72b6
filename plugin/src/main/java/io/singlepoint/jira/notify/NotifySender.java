package io.singlepoint.jira.notify;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.mail.MailException;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import io.singlepoint.core.Violation;
import io.singlepoint.core.notify.Backoff;
import io.singlepoint.core.notify.Intent;
import io.singlepoint.core.notify.IssueFacts;
import io.singlepoint.core.notify.MailComposer;
import io.singlepoint.core.notify.MessageIds;
import io.singlepoint.core.notify.NotificationPlanner;
import io.singlepoint.core.notify.OutboundMail;
import io.singlepoint.core.notify.Recipient;
import io.singlepoint.core.notify.Recipients;
import io.singlepoint.core.notify.Review;
import io.singlepoint.core.notify.SentRecord;
import io.singlepoint.core.notify.ServiceDesk;
import io.singlepoint.core.notify.TemplateException;
import io.singlepoint.core.notify.TemplateLibrary;
import io.singlepoint.jira.mail.BouncedAddresses;
import io.singlepoint.jira.notify.store.IntentStore;
import io.singlepoint.jira.notify.store.SenderStore;
import io.singlepoint.jira.notify.store.StoredIntent;
import io.singlepoint.jira.notify.store.TemplateStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sending job: works through the intents that are due, once per cluster. For each it asks core what to do now
 * (send, wait, cancel a reminder whose issue left the stage, replace one whose window moved), resolves the recipients
 * as the issue is now, and sends each of them their mail through Jira's SMTP server, logging each under its delivery
 * key first checked, so a run interrupted half-way never sends a mail twice. A refused or unreachable server leaves
 * the intent pending with the reason, for a later attempt ({@link Backoff}). If the post-function asks for it, one
 * comment on the issue then records what was sent to how many people ({@link #comment}).
 */
@Named
public final class NotifySender implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(NotifySender.class);
    /** Intents per run; the rest wait for the next run, a minute later. */
    static final int BATCH = 50;

    private final IntentStore intents;
    private final SenderStore senders;
    private final IssueManager issueManager;
    private final NotifyIssues issues;
    private final NotifyDirectory directory;
    private final JiraMailRenderer renderer;
    private final JiraSmtp smtp;
    private final JiraBaseUrl baseUrl;
    private final Clock clock;
    private final TemplateStore templates;
    private final IssueComments comments;
    private final BouncedAddresses bounced;

    @Inject
    public NotifySender(IntentStore intents, SenderStore senders, IssueManager issueManager, NotifyIssues issues,
                        NotifyDirectory directory, JiraMailRenderer renderer, JiraSmtp smtp, JiraBaseUrl baseUrl,
                        TemplateStore templates, IssueComments comments, BouncedAddresses bounced) {
        this(intents, senders, issueManager, issues, directory, renderer, smtp, baseUrl, templates, comments, bounced,
                Clock.systemUTC());
    }

    NotifySender(IntentStore intents, SenderStore senders, IssueManager issueManager, NotifyIssues issues,
                 NotifyDirectory directory, JiraMailRenderer renderer, JiraSmtp smtp, JiraBaseUrl baseUrl,
                 TemplateStore templates, IssueComments comments, BouncedAddresses bounced, Clock clock) {
        this.templates = templates;
        this.bounced = bounced;
        this.comments = comments;
        this.intents = intents;
        this.senders = senders;
        this.issueManager = issueManager;
        this.issues = issues;
        this.directory = directory;
        this.renderer = renderer;
        this.smtp = smtp;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        int done = sendDue(request::isCancellationRequested);
        return done < 0 ? JobRunnerResponse.aborted("stopped when asked to")
                : JobRunnerResponse.success(done + " notifications looked at");
    }

    /**
     * Works through the intents due now: the job's work.
     *
     * @param stop asked between intents whether to stop
     * @return how many intents were looked at, or -1 if it stopped when asked to
     */
    public int sendDue(BooleanSupplier stop) {
        int done = 0;
        for (StoredIntent stored : intents.due(clock.instant(), BATCH)) {
            if (stop.getAsBoolean()) {
                return -1;
            }
            try {
                work(stored);
            } catch (RuntimeException e) {
                LOG.error("SinglePoint: could not send the {} notification of {}: {}", stored.stage(),
                        stored.issueKey(), e.toString());
                fail(stored, e.toString());
            }
            done++;
        }
        return done;
    }

    /** {@link #sendDue} without stopping. */
    public int runOnce() {
        return sendDue(() -> false);
    }

    /**
     * Re-plans the pending reminders of an issue that just changed, on the thread that changed it
     * ({@link NotifyIssueListener}): a reminder whose change window moved is replaced at once by one due by the new
     * date, instead of when the old one comes due. Nothing is sent here, and nothing else decided: cancelling and
     * sending stay with the job.
     *
     * @return how many reminders were replaced
     */
    public int replan(Issue issue) {
        int replaced = 0;
        for (StoredIntent stored : intents.pending(issue.getId())) {
            Intent intent = Intent.fromJson(stored.json());
            if (intent.stage() != io.singlepoint.core.notify.Stage.REMINDER) {
                continue;
            }
            Instant now = clock.instant();
            IssueFacts facts = issues.facts(issue, intent.config(),
                    senders.rasciField(issue.getProjectId()).orElse(null), baseUrl.get());
            if (NotificationPlanner.review(intent, facts, now) instanceof Review.Replace replace) {
                intents.record(replace.replacement(), now);
                intents.cancelled(stored.id(), "the change window moved to " + replace.replacement().windowStart(),
                        now);
                replaced++;
            }
        }
        return replaced;
    }

    private void work(StoredIntent stored) {
        Instant now = clock.instant();
        Intent intent = Intent.fromJson(stored.json());
        Issue issue = issueManager.getIssueObject(stored.issueId());
        if (issue == null) {
            intents.cancelled(stored.id(), "the issue was deleted", now);
            return;
        }
        long projectId = issue.getProjectId();
        URI base = baseUrl.get();
        IssueFacts facts = issues.facts(issue, intent.config(), senders.rasciField(projectId).orElse(null), base);
        Review review = NotificationPlanner.review(intent, facts, now);
        if (review instanceof Review.Wait wait) {
            intents.waitUntil(stored.id(), wait.until());
        } else if (review instanceof Review.Cancel cancel) {
            intents.cancelled(stored.id(), text(cancel.reason()), now);
        } else if (review instanceof Review.Replace replace) {
            intents.record(replace.replacement(), now);
            intents.cancelled(stored.id(), "the change window moved to " + replace.replacement().windowStart(), now);
        } else {
            send(stored, intent, facts, issue, projectId, base, now);
        }
    }

    private void send(StoredIntent stored, Intent intent, IssueFacts facts, Issue issue, long projectId, URI base,
                      Instant now) {
        Optional<ServiceDesk> configured = senders.serviceDesk(projectId);
        if (configured.isEmpty()) {
            fail(stored, "no service desk sender is configured for project " + facts.projectKey());
            return;
        }
        ServiceDesk desk = configured.get().withZone(ZoneId.systemDefault());
        Recipients recipients = Recipients.resolve(intent.config().recipients(), facts, directory, intent.actorKey())
                .withoutBounced(address -> bounced.isBounced(address.value()));
        String domain = base != null && base.getHost() != null ? base.getHost() : desk.from().address().domain();
        MailComposer composer = new MailComposer(new MessageIds(domain), renderer);
        TemplateLibrary library;
        try {
            library = templates.library(projectId);
        } catch (IllegalArgumentException e) {
            fail(stored, "template: " + e.getMessage());
            return;
        }
        int sent = 0;
        for (Recipient recipient : recipients.recipients()) {
            OutboundMail mail;
            try {
                mail = composer.compose(intent, facts, recipient, desk, library, now, stored.resends());
            } catch (TemplateException e) {
                fail(stored, "template: " + e.getMessage());
                return;
            }
            if (intents.delivered(mail.deliveryKey())) {
                sent++;
                continue;
            }
            try {
                smtp.send(mail);
            } catch (MailException e) {
                LOG.warn("SinglePoint: the mail server did not take the {} notification of {} to {}: {}",
                        stored.stage(), stored.issueKey(), mail.to().address().value(), e.getMessage());
                fail(stored, "SMTP: " + e.getMessage());
                return;
            }
            intents.delivery(stored.id(), mail.deliveryKey(), mail.to().address().value(), mail.messageId(),
                    clock.instant());
            sent++;
        }
        intents.sent(stored.id(), sent, recipients.skipped().size(), clock.instant());
        if (intent.config().comment()) {
            comment(stored, intent, issue, new SentRecord(intent.config().stage(), sent, recipients.skipped().size()));
        }
    }

    /**
     * Adds the one comment recording what was sent, claimed in the store first: a retried run, or a resend from the
     * log, finds it claimed and adds none. A comment Jira refuses is logged and not tried again.
     */
    private void comment(StoredIntent stored, Intent intent, Issue issue, SentRecord record) {
        if (!intents.claimComment(stored.id(), clock.instant())) {
            return;
        }
        try {
            comments.add(issue, intent.actorKey(), record);
        } catch (RuntimeException e) {
            LOG.warn("SinglePoint: could not comment on {} what its {} notification sent: {}", stored.issueKey(),
                    stored.stage(), e.toString());
        }
    }

    private void fail(StoredIntent stored, String reason) {
        Instant now = clock.instant();
        intents.failed(stored.id(), reason, Backoff.next(stored.attempts() + 1, now).orElse(null), now);
    }

    private static String text(Violation reason) {
        return reason.i18nKey() + " " + reason.arguments();
    }
}
