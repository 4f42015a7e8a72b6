package io.singlepoint.jira.mail;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;

import io.singlepoint.core.mail.MailAnalysis;
import io.singlepoint.core.mail.RejectReply;
import io.singlepoint.core.notify.ServiceDesk;
import io.singlepoint.jira.notify.store.SenderStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short answer to a rejected sender: from the project's service desk sender (the issue's project, or the
 * handler's {@code project} for mail that belongs to no issue), in Jira's default language (the mail service runs as
 * nobody), {@code Auto-Submitted: auto-replied}, in reply to their mail. Core decides whether to answer at all
 * ({@link RejectReply}: no machines, own or bounced addresses, one an hour per sender). Sent at once through Jira's
 * SMTP server; a failure is logged and not retried. What became of the answer and of the forward to agents
 * ({@link ReplyOutcome}: sent, skipped and why, failed and with what error) goes into the processing log entry, where an
 * administrator can send a forward again.
 */
@Named
public final class RejectReplies {

    private static final Logger LOG = LoggerFactory.getLogger(RejectReplies.class);

    private final SenderStore senders;
    private final BouncedAddresses bounced;
    private final MailLogStore log;
    private final MailServerManager servers;
    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final GroupManager groups;

    /** The largest raw mail forwarded whole (bigger ones are named, not attached: the log keeps them). */
    static final int MAX_FORWARD_BYTES = 10 * 1024 * 1024;

    @Inject
    public RejectReplies(SenderStore senders, BouncedAddresses bounced, MailLogStore log, MailServerManager servers,
                         JiraAuthenticationContext authentication, ProjectManager projects, GroupManager groups) {
        this.groups = groups;
        this.senders = senders;
        this.bounced = bounced;
        this.log = log;
        this.servers = servers;
        this.authentication = authentication;
        this.projects = projects;
    }

    /**
     * Answers the rejected mail if core says so; call before the rejection is logged.
     *
     * @param issue the issue the mail belongs to, or {@code null}
     * @return what became of the answer; {@code null} when answers are switched off
     */
    ReplyOutcome answer(MailAnalysis analysis, Issue issue, MailHandlerConfig config, Instant now) {
        if (!config.rejectReply()) {
            return null;
        }
        String to = analysis.fromAddress();
        int rejected = to == null ? 0 : log.countRejectedFrom(to, now.minus(Duration.ofHours(1)));
        Optional<RejectReply.Skip> skip = RejectReply.whyNot(to, config.settings(),
                to != null && bounced.isBounced(to), rejected);
        if (skip.isPresent()) {
            LOG.info("SinglePoint mail handler: no answer to the rejected mail from {}: {}", to, skip.get());
            return skipped(skip.get(), to);
        }
        Long projectId = issue != null ? issue.getProjectId() : projectId(config.project());
        Optional<ServiceDesk> desk = projectId == null ? Optional.empty() : senders.serviceDesk(projectId);
        SMTPMailServer server = servers.getDefaultSMTPMailServer();
        if (desk.isEmpty() || server == null) {
            LOG.info("SinglePoint mail handler: no answer to the rejected mail from {}: {}", to,
                    desk.isEmpty() ? "no service desk sender for the project" : "Jira has no SMTP server");
            return desk.isEmpty() ? ReplyOutcome.skipped("no-sender", projectKey(issue, config))
                    : ReplyOutcome.skipped("no-smtp");
        }
        I18nHelper i18n = authentication.getI18nHelper();
        String subject = analysis.subject() == null ? "" : analysis.subject().strip();
        com.atlassian.jira.mail.Email email = new com.atlassian.jira.mail.Email(to);
        email.setFrom(desk.get().from().address().value());
        if (desk.get().from().name() != null) {
            email.setFromName(desk.get().from().name());
        }
        email.setReplyTo(desk.get().replyTo().value());
        if (!analysis.messageIdGenerated() && analysis.messageId() != null) {
            email.setInReplyTo("<" + analysis.messageId() + ">");
        }
        email.setEncoding("UTF-8");
        email.setExcludeSubjectPrefix(true);
        email.setMimeType("text/plain");
        email.setSubject(i18n.getText("singlepoint.mail.reject.subject", subject));
        email.setBody(i18n.getText("singlepoint.mail.reject.body",
                List.of(subject, desk.get().replyTo().value())));
        email.addHeader("Auto-Submitted", "auto-replied");
        email.addHeader("X-Auto-Response-Suppress", "All");
        try {
            server.send(email);
            return ReplyOutcome.SENT;
        } catch (MailException | RuntimeException e) {
            LOG.warn("SinglePoint mail handler could not answer the rejected mail from {}: {}", to, e.toString());
            return ReplyOutcome.failed(e);
        }
    }

    /**
     * Forwards the rejected mail to {@code forwardTo} (an address, or a group's active members with an address) as a
     * {@code message/rfc822} attachment, from the project's service desk sender or Jira's default sender.
     *
     * @param raw the raw mail, at most {@link #MAX_FORWARD_BYTES}; {@code null} when it is bigger
     * @return what became of it; {@code null} when no {@code forwardTo} is set
     */
    ReplyOutcome forward(MailAnalysis analysis, byte[] raw, Issue issue, MailHandlerConfig config) {
        if (config.forwardTo() == null) {
            return null;
        }
        List<String> to = new ArrayList<>();
        if (config.forwardTo().contains("@")) {
            to.add(config.forwardTo());
        } else {
            Collection<ApplicationUser> members = groups.getUsersInGroup(config.forwardTo());
            for (ApplicationUser member : members == null ? List.<ApplicationUser>of() : members) {
                String address = member.getEmailAddress();
                if (member.isActive() && address != null && !address.isBlank() && !to.contains(address)) {
                    to.add(address);
                }
            }
        }
        SMTPMailServer server = servers.getDefaultSMTPMailServer();
        if (to.isEmpty() || server == null) {
            LOG.warn("SinglePoint mail handler cannot forward the rejected mail from {}: {}", analysis.fromAddress(),
                    to.isEmpty() ? "forwardTo " + config.forwardTo() + " names nobody with an address"
                            : "Jira has no SMTP server");
            return to.isEmpty() ? ReplyOutcome.skipped("nobody", config.forwardTo()) : ReplyOutcome.skipped("no-smtp");
        }
        Long projectId = issue != null ? issue.getProjectId() : projectId(config.project());
        Optional<ServiceDesk> desk = projectId == null ? Optional.empty() : senders.serviceDesk(projectId);
        I18nHelper i18n = authentication.getI18nHelper();
        String sender = String.valueOf(analysis.fromAddress());
        String subject = analysis.subject() == null ? "" : analysis.subject().strip();
        com.atlassian.jira.mail.Email email = new com.atlassian.jira.mail.Email(String.join(", ", to));
        if (desk.isPresent()) {
            email.setFrom(desk.get().from().address().value());
            if (desk.get().from().name() != null) {
                email.setFromName(desk.get().from().name());
            }
        } else if (server.getDefaultFrom() != null) {
            email.setFrom(server.getDefaultFrom());
        }
        email.setEncoding("UTF-8");
        email.setExcludeSubjectPrefix(true);
        email.setSubject(i18n.getText("singlepoint.mail.forward.subject", List.of(sender, subject)));
        email.addHeader("Auto-Submitted", "auto-generated");
        email.addHeader("X-Auto-Response-Suppress", "All");
        try {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(i18n.getText("singlepoint.mail.forward.body",
                    List.of(sender, issue == null ? "" : issue.getKey())), "UTF-8");
            mixed.addBodyPart(text);
            if (raw != null) {
                MimeBodyPart attached = new MimeBodyPart();
                attached.setContent(new MimeMessage((Session) null, new ByteArrayInputStream(raw)),
                        "message/rfc822");
                attached.setFileName("rejected-mail.eml");
                mixed.addBodyPart(attached);
            }
            email.setMultipart(mixed);
            server.send(email);
            return ReplyOutcome.SENT;
        } catch (MailException | MessagingException | RuntimeException e) {
            LOG.warn("SinglePoint mail handler could not forward the rejected mail from {}: {}", sender, e.toString());
            return ReplyOutcome.failed(e);
        }
    }

    /** Core's reason for no answer, as the log shows it: {@code singlepoint.mail.reply.skipped.<reason>}. */
    private static ReplyOutcome skipped(RejectReply.Skip skip, String to) {
        String address = String.valueOf(to);
        return switch (skip) {
            case NO_ADDRESS -> ReplyOutcome.skipped("no-address");
            case OWN_ADDRESS -> ReplyOutcome.skipped("own-address", address);
            case MACHINE_ADDRESS -> ReplyOutcome.skipped("automatic", address);
            case BOUNCED -> ReplyOutcome.skipped("bounced", address);
            case ALREADY_ANSWERED -> ReplyOutcome.skipped("rate-limit", address);
        };
    }

    private static String projectKey(Issue issue, MailHandlerConfig config) {
        String key = issue != null && issue.getKey() != null ? issue.getKey().replaceFirst("-[0-9]+$", "")
                : config.project();
        return key == null ? "" : key;
    }

    private Long projectId(String key) {
        Project project = key == null ? null : projects.getProjectObjByKey(key);
        return project == null ? null : project.getId();
    }
}
