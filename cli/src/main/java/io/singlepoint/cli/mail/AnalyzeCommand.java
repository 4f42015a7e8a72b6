package io.singlepoint.cli.mail;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import io.singlepoint.cli.BadInputException;
import io.singlepoint.core.mail.MailAnalysis;
import io.singlepoint.core.mail.MailAnalyzer;
import io.singlepoint.core.mail.MailDecision;
import io.singlepoint.core.mail.MailFormatException;
import io.singlepoint.core.mail.MailHistory;
import io.singlepoint.core.mail.MailLimits;
import io.singlepoint.core.mail.MailSettings;
import io.singlepoint.core.mail.MailTriage;
import io.singlepoint.core.mail.OwnAddresses;
import io.singlepoint.core.mail.ProjectKeys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code singlepoint mail analyze}: raw messages read by core's {@link MailAnalyzer} and decided by
 * {@link MailTriage} as the Jira mail handler would, with nothing known about earlier mail: each file streamed, so a
 * message of any size is read in bounded memory. A file that cannot be read is named on stderr, the others are still
 * analysed, and the exit code is 2.
 */
@Command(name = "analyze",
        sortOptions = false,
        description = {
            "Reads raw mails (RFC 5322/MIME, as .eml files) the way SinglePoint's Jira mail handler does and shows"
                + " the analysis: sender, thread, issue keys in the subject, automatic mail (out-of-office,"
                + " bounces, lists), the reply text without quoted history and signatures, every attachment with"
                + " whether it is kept, and what the handler would decide.",
            "",
            "The decision is made with no earlier mail known and every sender permitted: a mail is threaded by an"
                + " issue key in its subject only (inside Jira, also by the Message-IDs of the notifications it"
                + " answers).",
            "",
            "With no FILE it analyses the bundled sample: four mails to servicedesk@example.com about projects SD"
                + " and CHG (an Outlook reply in German, a Gmail reply with inline answers, an out-of-office reply,"
                + " a bounce).",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file analysed",
            "1:internal error: one line on stderr, the stack trace with --debug",
            "2:a file could not be read (or, with --strict, is not well-formed) or an option is wrong: each problem"
                + " on stderr with the file's name; the other files are still analysed"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  singlepoint mail analyze",
            "  singlepoint mail analyze --project SD,CHG --service-desk-address help@example.com re.eml",
            "  singlepoint mail analyze --format json ~/Maildir/new/* > analyses.jsonl",
            "  cat message.eml | singlepoint mail analyze -"})
public final class AnalyzeCommand implements Callable<Integer> {

    static final String STDIN = "<stdin>";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = {"Raw messages, one per file (.eml, a Maildir file, what \"Show original\" saves);"
                + " \"-\" reads one from stdin.",
                "Default: the bundled sample mails."})
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = MailFormat.Converter.class, completionCandidates = MailFormat.Names.class,
            description = {"text: a summary per mail for people.",
                "json: one analysis object (DESIGN.md's mail analysis, with \"file\" first and the handler's"
                    + " \"decision\" last) per line, per file, in the order given.",
                "Default: ${DEFAULT-VALUE}."})
    MailFormat format;

    @Option(names = "--project", paramLabel = "KEY", split = ",",
            description = {"Jira projects whose issue keys in a subject thread a mail (repeatable, or SD,CHG).",
                "Default: any upper-case key-shaped word (SD-12), or SD and CHG for the sample."})
    List<String> projects = new ArrayList<>();

    @Option(names = "--service-desk-address", paramLabel = "ADDRESS", split = ",",
            description = {"The app's own addresses: mail from them (or their +tag variants) is ignored, never"
                + " answered (repeatable).",
                "Default: none, or servicedesk@example.com for the sample."})
    List<String> ownAddresses = new ArrayList<>();

    @Option(names = "--strict",
            description = "Refuse a mail with any structural defect (exit 2) instead of repairing it, as a"
                + " lenient reader does by default.")
    boolean strict;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        boolean sample = files.isEmpty();
        MailSettings settings = settings(sample);
        MailAnalyzer analyzer = new MailAnalyzer(settings);
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ArrayList<>();
        List<Named> sources = sample ? MailSample.FILES.stream()
                .map(f -> new Named(MailSample.name(f), () -> MailSample.open(f))).toList()
                : files.stream().map(AnalyzeCommand::source).toList();
        for (Named source : sources) {
            MailAnalysis analysis;
            try (InputStream in = source.opener().open()) {
                analysis = analyzer.analyze(in);
            } catch (IOException e) {
                problems.add(source.name() + ": cannot read: " + BadInputException.reason(e));
                continue;
            } catch (MailFormatException e) {
                problems.add(source.name() + ": not well-formed: " + e.getMessage());
                continue;
            }
            MailDecision decision = MailTriage.decide(analysis, settings, MailHistory.NONE);
            out.println(format == MailFormat.JSON ? MailJsonLine.of(source.name(), analysis, decision)
                    : MailSummary.of(source.name(), analysis, decision));
            out.flush();
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return 0;
    }

    private MailSettings settings(boolean sample) {
        List<String> problems = new ArrayList<>();
        ProjectKeys keys = ProjectKeys.ANY;
        Set<String> projectKeys = new LinkedHashSet<>(projects.isEmpty() && sample ? MailSample.PROJECTS : projects);
        if (!projectKeys.isEmpty()) {
            try {
                keys = ProjectKeys.of(projectKeys);
            } catch (IllegalArgumentException e) {
                problems.add("--project: " + e.getMessage());
            }
        }
        OwnAddresses own = OwnAddresses.NONE;
        List<String> addresses = ownAddresses.isEmpty() && sample ? List.of(MailSample.ADDRESS) : ownAddresses;
        try {
            own = OwnAddresses.of(addresses);
        } catch (IllegalArgumentException e) {
            problems.add("--service-desk-address: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        MailSettings settings = MailSettings.of(own, keys);
        return strict ? settings.withLimits(MailLimits.STRICT) : settings;
    }

    /** Something to analyse, with the name messages give it: the path as the user wrote it, or {@code <stdin>}. */
    record Named(String name, Opener opener) {
    }

    /** Opens the bytes of a mail. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private static Named source(String file) {
        if (file.equals("-")) {
            return new Named(STDIN, () -> new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // stdin belongs to the process
                }
            });
        }
        return new Named(file, () -> {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new IOException("is a directory, not a mail");
            }
            return Files.newInputStream(path);
        });
    }
}
