package io.singlepoint.jira.notify.admin;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;

import io.singlepoint.core.notify.EmailAddress;
import io.singlepoint.core.notify.IssueFacts;
import io.singlepoint.core.notify.MailComposer;
import io.singlepoint.core.notify.MessageIds;
import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.notify.OutboundMail;
import io.singlepoint.core.notify.Person;
import io.singlepoint.core.notify.Recipient;
import io.singlepoint.core.notify.RecipientRules;
import io.singlepoint.core.notify.ServiceDesk;
import io.singlepoint.core.notify.Stage;
import io.singlepoint.core.notify.TemplateException;
import io.singlepoint.core.notify.TemplateLibrary;
import io.singlepoint.jira.notify.JiraBaseUrl;
import io.singlepoint.jira.notify.JiraMailRenderer;
import io.singlepoint.jira.notify.NotifyIssues;
import io.singlepoint.jira.notify.store.SenderStore;
import io.singlepoint.jira.notify.store.TemplateStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Renders a template part as the job would, before it is saved: on a real issue of the project, for its service
 * desk, in the template's language, addressed to the service desk's own mailbox (so no one's data but the issue's is
 * shown). The result is shown as source text on the admin page, never as live HTML.
 */
@Named
public final class TemplatePreview {

    /**
     * What a preview gives: the mail's subject, text and HTML, or a problem to show instead.
     *
     * @param parts   {@code subject}, {@code text}, {@code html}; empty with a problem
     * @param problem what went wrong, or {@code null}
     */
    public record Result(Map<String, String> parts, String problem) {
    }

    private final TemplateStore templates;
    private final SenderStore senders;
    private final IssueManager issueManager;
    private final NotifyIssues issues;
    private final JiraMailRenderer renderer;
    private final JiraBaseUrl baseUrl;
    private final Clock clock;

    @Inject
    public TemplatePreview(TemplateStore templates, SenderStore senders, IssueManager issueManager,
                           NotifyIssues issues, JiraMailRenderer renderer, JiraBaseUrl baseUrl) {
        this(templates, senders, issueManager, issues, renderer, baseUrl, Clock.systemUTC());
    }

    TemplatePreview(TemplateStore templates, SenderStore senders, IssueManager issueManager, NotifyIssues issues,
                    JiraMailRenderer renderer, JiraBaseUrl baseUrl, Clock clock) {
        this.templates = templates;
        this.senders = senders;
        this.issueManager = issueManager;
        this.issues = issues;
        this.renderer = renderer;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    TemplateStore templates() {
        return templates;
    }

    static String fileName(String name, String language, String part) {
        return TemplateStore.key(name, language, part).fileName();
    }

    /**
     * @throws IllegalArgumentException if the name, language or part is malformed
     */
    Result render(Project project, String issueKey, String name, String language, String part, String source) {
        TemplateLibrary.Key key = TemplateStore.key(name, language, part);
        Issue issue = issueKey == null || issueKey.isBlank() ? null : issueManager.getIssueObject(issueKey.strip());
        if (issue == null || !project.getId().equals(issue.getProjectId())) {
            return new Result(Map.of(), "no issue " + issueKey + " in project " + project.getKey());
        }
        Optional<ServiceDesk> desk = senders.serviceDesk(project.getId());
        if (desk.isEmpty()) {
            return new Result(Map.of(), "no service desk sender is configured for project " + project.getKey());
        }
        Stage stage = stageOf(name);
        NotificationConfig config = stage == Stage.REMINDER
                ? NotificationConfig.reminder(RecipientRules.parse(List.of("reporter"), false), "duedate", null)
                : NotificationConfig.of(stage, RecipientRules.parse(List.of("reporter"), false));
        config = config.withTemplate(name);
        IssueFacts facts = issues.facts(issue, config, senders.rasciField(project.getId()).orElse(null),
                baseUrl.get());
        TemplateLibrary library = templates.library(project.getId());
        if (source != null && !source.isBlank()) {
            library = library.withOverrides(Map.of(key, source));
        }
        EmailAddress to = desk.get().replyTo();
        Person reader = new Person(null, desk.get().from().name(), to.value(), java.util.Locale.forLanguageTag(language),
                null, true);
        String host = baseUrl.get() == null ? to.domain() : baseUrl.get().getHost();
        try {
            OutboundMail mail = new MailComposer(new MessageIds(host), renderer).preview(config, facts,
                    new Recipient(reader, to, java.util.Set.of()), desk.get(), library, clock.instant());
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("subject", mail.subject().text());
            parts.put("text", mail.text());
            parts.put("html", mail.html());
            return new Result(parts, null);
        } catch (TemplateException e) {
            return new Result(Map.of(), "template " + e.getMessage());
        }
    }

    private static Stage stageOf(String name) {
        try {
            return Stage.of(name);
        } catch (IllegalArgumentException e) {
            return Stage.CUSTOM;
        }
    }
}
