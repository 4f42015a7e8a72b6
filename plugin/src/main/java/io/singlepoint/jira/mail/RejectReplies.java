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
 * SMTP server; a failure is logged and not retried (the rejection itself is in the processing log).
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
     * @return whether the answer was sent
     */
    boolean answer(MailAnalysis analysis, Issue issue, MailHandlerConfig config, Instant now) {
        if (!config.rejectReply()) {
            return false;
        }
        String to = analysis.fromAddress();
        int rejected = to == null ? 0 : log.countRejectedFrom(to, now.minus(Duration.ofHours(1)));
        Optional<RejectReply.Skip> skip = RejectReply.whyNot(to, config.settings(),
                to != null && bounced.isBounced(to), rejected);
        if (skip.isPresent()) {
            LOG.info("SinglePoint mail handler: no answer to the rejected mail from {}: {}", to, skip.get());
            return false;
        }
        Long projectId = issue != null ? issue.getProjectId() : projectId(config.project());
        Optional<ServiceDesk> desk = projectId == null ? Optional.empty() : senders.serviceDesk(projectId);
        SMTPMailServer server = servers.getDefaultSMTPMailServer();
        if (desk.isEmpty() || server == null) {
            LOG.info("SinglePoint mail handler: no answer to the rejected mail from {}: {}", to,
                    desk.isEmpty() ? "no service desk sender for the project" : "Jira has no SMTP server");
            return false;
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
            return true;
        } catch (MailException | RuntimeException e) {
            LOG.warn("SinglePoint mail handler could not answer the rejected mail from {}: {}", to, e.toString());
            return false;
        }
    }

    /**
     * Forwards the rejected mail to {@code forwardTo} (an address, or a group's active members with an address) as a
     * {@code message/rfc822} attachment, from the project's service desk sender or Jira's default sender.
     *
     * @param raw the raw mail, at most {@link #MAX_FORWARD_BYTES}; {@code null} when it is bigger
     * @return whether it was sent
     */
    boolean forward(MailAnalysis analysis, byte[] raw, Issue issue, MailHandlerConfig config) {
        if (config.forwardTo() == null) {
            return false;
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
            return false;
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
            return true;
        } catch (MailException | MessagingException | RuntimeException e) {
            LOG.warn("SinglePoint mail handler could not forward the rejected mail from {}: {}", sender, e.toString());
            return false;
        }
    }

    private Long projectId(String key) {
        Project project = key == null ? null : projects.getProjectObjByKey(key);
        return project == null ? null : project.getId();
    }
}
