package io.singlepoint.cli.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.singlepoint.cli.BadInputException;
import io.singlepoint.cli.sample.Sample;
import io.singlepoint.core.notify.Directory;
import io.singlepoint.core.notify.IssueFacts;
import io.singlepoint.core.notify.Mailbox;
import io.singlepoint.core.notify.MailComposer;
import io.singlepoint.core.notify.MessageIds;
import io.singlepoint.core.notify.MimeWriter;
import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.notify.NotificationPlanner;
import io.singlepoint.core.notify.OutboundMail;
import io.singlepoint.core.notify.Plan;
import io.singlepoint.core.notify.RecipientRule;
import io.singlepoint.core.notify.RecipientRules;
import io.singlepoint.core.notify.Recipients;
import io.singlepoint.core.notify.ReminderRule;
import io.singlepoint.core.notify.ServiceDesk;
import io.singlepoint.core.notify.Stage;
import io.singlepoint.core.notify.TemplateException;
import io.singlepoint.core.notify.TemplateLibrary;
import io.singlepoint.core.notify.TransitionRef;
import io.singlepoint.core.sla.DurationText;
import io.singlepoint.core.sla.IssueHistoryReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code singlepoint notify preview}: what a stage's notification would send for an issue — to whom, who is left out
 * and why, and one recipient's mail — with the same core and templates as the Jira app.
 */
@Command(name = "preview",
        sortOptions = false,
        description = {
            "Renders a stage's change notification for an issue exported from Jira, as the app would send it: the"
                + " recipients the rules resolve to (and who is left out, and why), then the mail to one of them.",
            "",
            "With no ISSUE it renders the bundled sample change SD-12 (a core switch replacement with a window on"
                + " 2 July 2026, 08:00-10:00 Berlin time) for its sample directory of people, as of a day before"
                + " the window.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:internal error: one line on stderr, the stack trace with --debug",
            "2:bad input or option: a bad stage, locale, address, rule, template or JSON, with what is valid"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  singlepoint notify preview --stage change-approved",
            "  singlepoint notify preview --stage reminder --to bob.brandt@example.com",
            "  singlepoint notify preview --stage change-approved --format html > a.html",
            "  curl -s -u me \"$JIRA/rest/api/2/issue/SD-12\" > SD-12.json",
            "  singlepoint notify preview --stage change-completed --format eml \\",
            "    --service-desk \"IT Service Desk <it@example.com>\" SD-12.json > SD-12.eml"})
public final class PreviewCommand implements Callable<Integer> {

    static final String DEFAULT_RULES = "R,A,S,C,I,reporter,watchers";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ISSUE.json",
            description = {"One issue as Jira's REST API returns it (GET /rest/api/2/issue/KEY); \"-\" reads stdin."
                + " Watchers are read from fields.watches.watchers when present.",
                "Default: the bundled sample change and its directory."})
    String issue;

    @Option(names = "--stage", required = true, paramLabel = "STAGE", converter = StageConverter.class,
            completionCandidates = StageConverter.Ids.class,
            description = "The stage: ${COMPLETION-CANDIDATES}.")
    Stage stage;

    @Option(names = "--locale", paramLabel = "LOCALE",
            description = "Write the mail in this language (en, de, de-CH, ...) instead of the recipient's.")
    String locale;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = PreviewFormat.Converter.class,
            completionCandidates = PreviewFormat.Names.class,
            description = {"text: recipients, who is left out and why, then one mail's headers and text body.",
                "html: that mail's HTML body. eml: that whole mail as an RFC 5322 message (.eml).",
                "Default: ${DEFAULT-VALUE}."})
    PreviewFormat format;

    @Option(names = "--to", paramLabel = "ADDRESS|USERKEY",
            description = {"Whose mail to show: a recipient's address or user key, a user of the directory, or any"
                + " address.", "Default: the first recipient."})
    String to;

    @Option(names = "--recipients", paramLabel = "RULES", defaultValue = DEFAULT_RULES,
            description = {"Who the notification goes to, comma separated: R, A, S, C, I (RASCI roles), reporter,"
                + " assignee, watchers, group:NAME, project-role:NAME, email:ADDRESS.", "Default: ${DEFAULT-VALUE}."})
    String recipients;

    @Option(names = "--exclude-actor", paramLabel = "USERKEY",
            description = "Leave out this user, as the post-function leaves out who made the transition.")
    String actor;

    @Option(names = "--service-desk", paramLabel = "MAILBOX",
            defaultValue = "IT Service Desk <servicedesk@example.com>",
            description = {"The sender: \"Name <address>\" or an address; replies go there too.",
                "Default: ${DEFAULT-VALUE}."})
    String serviceDesk;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = {"The service desk's time zone, for readers whose zone is unknown and for date fields"
                + " without a time.", "Default: Europe/Berlin for the sample, else this computer's."})
    String zone;

    @Option(names = "--directory", paramLabel = "FILE",
            description = {"Users, groups and project roles as JSON: {\"users\":[Jira REST users],"
                + " \"groups\":{name:[keys]}, \"projectRoles\":{project:{role:[keys]}}}.",
                "Default: the sample's for the sample, else only the users the issue names."})
    String directory;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Template files that replace the defaults: <stage>.<language>.{subject,txt,html}.vm.")
    String templates;

    @Option(names = "--rasci-field", paramLabel = "FIELD", defaultValue = "customfield_10100",
            description = "The RASCI field's id. Default: ${DEFAULT-VALUE}.")
    String rasciField;

    @Option(names = "--window-start", paramLabel = "FIELD", defaultValue = "customfield_10200",
            description = "The field with the change window's start (the reminder's date). Default: ${DEFAULT-VALUE}.")
    String windowStart;

    @Option(names = "--window-end", paramLabel = "FIELD", defaultValue = "customfield_10201",
            description = "The field with the change window's end. Default: ${DEFAULT-VALUE}.")
    String windowEnd;

    @Option(names = "--before", paramLabel = "DURATION", defaultValue = "24h",
            description = "How long before the window a reminder is due: 24h, 2d, 90m, PT36H. Default: ${DEFAULT-VALUE}.")
    String before;

    @Option(names = "--now", paramLabel = "INSTANT",
            description = {"The moment of the preview: ISO-8601 or Jira's form.",
                "Default: the current time; for the sample, 2026-07-01T06:00:00Z, a day before its window."})
    String now;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Jira's base URL, for the issue's link. Default: from the issue's \"self\".")
    URI baseUrl;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() throws IOException {
        boolean sample = issue == null;
        ServiceDesk desk = serviceDesk(sample);
        NotificationConfig config = config();
        IssueJson.Read read = readIssue(sample, desk.zone());
        IssueFacts facts = read.facts();
        Directory people = directory(sample).with(read.users());
        TemplateLibrary library = templates();
        Locale language = language(library);
        Instant at = now == null ? (sample ? Sample.CHANGE_NOW : Instant.now()) : instant(now);

        Recipients resolved = Recipients.resolve(config.recipients(), facts, people, actor);
        Preview.Reader reader = Preview.reader(to, resolved, facts, people, language);
        MailComposer composer = new MailComposer(new MessageIds(domain(facts, desk)), new VelocityRenderer());
        OutboundMail mail;
        try {
            mail = reader == null ? null : composer.preview(config, facts, reader.recipient(), desk, library, at);
        } catch (TemplateException e) {
            throw new BadInputException("template " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Plan plan = NotificationPlanner.plan(config, facts, TransitionRef.CREATE, actor, at);
        switch (format) {
            case TEXT -> new Preview(out).write(config, facts, resolved, reader, mail, plan, at);
            case HTML -> out.print(required(mail).html());
            case EML -> out.print(MimeWriter.write(required(mail), at));
        }
        out.flush();
        if (format != PreviewFormat.TEXT && plan instanceof Plan.Skip skip) {
            err.println("singlepoint: note: " + Preview.describe(skip));
        }
        err.flush();
        return 0;
    }

    private static OutboundMail required(OutboundMail mail) {
        if (mail == null) {
            throw new BadInputException("nobody would get this mail (--format text says why); name a reader with"
                    + " --to ADDRESS");
        }
        return mail;
    }

    private NotificationConfig config() {
        List<RecipientRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String token : recipients.split(",")) {
            if (!token.isBlank()) {
                try {
                    rules.add(RecipientRule.parse(token));
                } catch (IllegalArgumentException e) {
                    problems.add("--recipients: " + e.getMessage());
                }
            }
        }
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add("--recipients: name at least one recipient rule, e.g. " + DEFAULT_RULES);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        try {
            RecipientRules recipientRules = new RecipientRules(rules, actor != null);
            if (stage == Stage.REMINDER) {
                return NotificationConfig.reminder(recipientRules, windowStart, windowEnd)
                        .withReminder(new ReminderRule(DurationText.parse(before), null, List.of()));
            }
            return NotificationConfig.of(stage, recipientRules).withWindow(windowStart, windowEnd);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private ServiceDesk serviceDesk(boolean sample) {
        Mailbox from;
        try {
            from = Mailbox.parse(serviceDesk);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--service-desk: " + e.getMessage());
        }
        ZoneId zoneId;
        try {
            zoneId = zone != null ? ZoneId.of(zone) : sample ? ZoneId.of("Europe/Berlin") : ZoneId.systemDefault();
        } catch (DateTimeException e) {
            throw new BadInputException("--zone: \"" + zone + "\" is not a time zone such as Europe/Berlin or UTC");
        }
        return ServiceDesk.of(from).withZone(zoneId);
    }

    private IssueJson.Read readIssue(boolean sample, ZoneId deskZone) throws IOException {
        String name = sample ? Sample.CHANGE_NAME : issue.equals("-") ? "<stdin>" : issue;
        IssueJson.Fields fields = new IssueJson.Fields(rasciField, List.of(windowStart, windowEnd), deskZone, baseUrl);
        try (InputStream in = sample ? Sample.openChange() : issue.equals("-") ? System.in : open(issue)) {
            return IssueJson.read(in, name, fields);
        }
    }

    private FileDirectory directory(boolean sample) throws IOException {
        if (directory == null && !sample) {
            return FileDirectory.empty();
        }
        String name = directory == null ? Sample.DIRECTORY_NAME : directory;
        try (InputStream in = directory == null ? Sample.openDirectory() : open(directory)) {
            return FileDirectory.read(in, name);
        }
    }

    private TemplateLibrary templates() throws IOException {
        TemplateLibrary library = TemplateLibrary.defaults();
        return templates == null ? library : library.withOverrides(TemplateFiles.read(Path.of(templates), templates));
    }

    private Locale language(TemplateLibrary library) {
        if (locale == null) {
            return null;
        }
        Locale parsed = Locale.forLanguageTag(locale.replace('_', '-'));
        List<String> languages = new ArrayList<>(TemplateLibrary.LANGUAGES);
        if (templates != null) {
            languages.addAll(TemplateFiles.languages(Path.of(templates)));
        }
        if (parsed.getLanguage().isEmpty() || !languages.contains(parsed.getLanguage())) {
            throw new BadInputException("--locale: \"" + locale + "\" is not a language with templates: write "
                    + String.join(", ", languages.stream().distinct().toList())
                    + (templates == null ? " (or add templates with --templates)" : ""));
        }
        return library.templates(stage.id(), stage, parsed).language().equals(parsed.getLanguage()) ? parsed : null;
    }

    /** The instance's host for Message-IDs: Jira's, from the issue's link, else the service desk's domain. */
    private static String domain(IssueFacts facts, ServiceDesk desk) {
        return facts.url() != null && facts.url().getHost() != null ? facts.url().getHost()
                : desk.from().address().domain();
    }

    private static Instant instant(String text) {
        try {
            return IssueHistoryReader.parseTimestamp(text.trim());
        } catch (DateTimeException e) {
            throw new BadInputException("--now: \"" + text + "\" is not an instant such as 2026-07-01T09:00:00Z");
        }
    }

    private static InputStream open(String path) {
        try {
            return Files.newInputStream(Path.of(path));
        } catch (NoSuchFileException e) {
            throw new BadInputException(path + ": cannot read: no such file or directory");
        } catch (AccessDeniedException e) {
            throw new BadInputException(path + ": cannot read: permission denied");
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + e.getMessage());
        }
    }
}
