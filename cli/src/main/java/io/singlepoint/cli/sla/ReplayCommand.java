package io.singlepoint.cli.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.singlepoint.cli.BadInputException;
import io.singlepoint.cli.sample.Sample;
import io.singlepoint.core.sla.IssueHistoryException;
import io.singlepoint.core.sla.IssueHistoryReader;
import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaConfigException;
import io.singlepoint.core.sla.SlaConfigJson;
import io.singlepoint.core.sla.SlaEngine;
import io.singlepoint.core.sla.SlaResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code singlepoint sla replay}: issue history exported from Jira, replayed against an SLA configuration by core's
 * engine, one issue at a time from the stream to the report, so that memory stays bounded for any input size.
 */
@Command(name = "replay",
        sortOptions = false,
        description = {
            "Replays issue history exported from Jira against an SLA configuration: where every issue stands with"
                + " every SLA as of --now, the same way SinglePoint computes it inside Jira.",
            "",
            "With neither INPUT nor --config it replays the bundled sample: a service desk's export (Jan-Jun 2026)"
                + " with three SLAs on a Berlin office calendar, time to first response, time to resolution"
                + " (paused while waiting on the user) and time to close.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:internal error: one line on stderr, the stack trace with --debug",
            "2:bad input, configuration or option: every problem, with its file, issue key or JSON path and position"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  singlepoint sla replay",
            "  singlepoint sla replay --now 2026-07-01T00:00:00Z export.json",
            "  singlepoint sla replay --config slas.json --format csv -o slas.csv export.json",
            "  curl -s -u me \"$JIRA/rest/api/2/search?jql=project=SD&expand=changelog\" \\",
            "    | singlepoint sla replay --config slas.json --format json -"})
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
            description = {"What Jira's REST search returns with expand=changelog: one response, several pages one"
                + " after another, or a JSON array of issues; \"-\" reads stdin. Timestamps in Jira's form"
                + " (2026-11-03T10:15:30.000+0100) or ISO-8601. Read streaming, any size.",
                "Default: the bundled sample export."})
    String input;

    @Option(names = "--config", paramLabel = "FILE",
            description = {"The SLA configuration (JSON: calendars and SLAs, see DESIGN.md).",
                "Default: the bundled sample configuration, also when INPUT is given."})
    String config;

    @Option(names = "--now", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = {"The instant running cycles are measured to; later history is ignored. ISO-8601"
                + " (2026-07-01T09:00:00Z, 2026-07-01T11:00:00+02:00) or Jira's form (2026-07-01T11:00:00.000+0200).",
                "Default: the current time; for the bundled sample export, when it was exported ("
                    + "2026-06-30T12:00:00Z), so that its report stays the same."})
    Instant now;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.Converter.class,
            completionCandidates = Format.Names.class,
            description = {"table: per SLA issues, cycles, met %%, breaches, time paused, median and 90th percentile"
                + " elapsed, then the worst breaches.",
                "json: one SLA result object (DESIGN.md) per line, per issue and SLA; instants ISO-8601 UTC.",
                "csv: a header and one row per cycle (RFC 4180).",
                "Default: ${DEFAULT-VALUE}."})
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (UTF-8, replaced only when the run succeeds) instead of stdout.")
    String output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        Source configSource = config == null ? new Source(Sample.CONFIG_NAME, Sample::openConfig) : Source.file(config);
        SlaConfig slaConfig = readConfig(configSource);
        Source inputSource = input == null ? new Source(Sample.EXPORT_NAME, Sample::openExport)
                : input.equals("-") ? Source.stdin() : Source.file(input);
        Instant asOf = now != null ? now : input == null ? Sample.EXPORTED_AT : Instant.now();
        PrintWriter err = spec.commandLine().getErr();
        try (Output out = open(output)) {
            replay(slaConfig, inputSource, asOf, out, configSource.name(), err);
            out.commit();
        } catch (IOException e) {
            throw new BadInputException((output == null ? "<stdout>" : output) + ": cannot write: "
                    + BadInputException.reason(e));
        }
        err.flush();
        return 0;
    }

    /** Streams the input through the engine into the report; an {@link IOException} is the report's. */
    private void replay(SlaConfig slaConfig, Source source, Instant asOf, Output out, String configName,
                        PrintWriter err) throws IOException {
        Report report = report(new Sink(out.writer()), slaConfig,
                source.name() + " against " + configName + " as of " + asOf);
        CountingInputStream counting = new CountingInputStream(openInput(source));
        try (IssueHistoryReader reader = IssueHistoryReader.open(counting, source.name(), slaConfig.matchedFields())) {
            Progress progress = new Progress(err, source.name(), counting::count, System::nanoTime);
            while (reader.hasNext()) {
                IssueTimeline timeline = reader.next();
                List<SlaResult> results = SlaEngine.evaluate(slaConfig, timeline, asOf);
                for (SlaResult result : results) {
                    report.add(result);
                }
                progress.issues(reader.issuesRead());
            }
            report.finish();
            progress.done(reader.issuesRead());
            warnOfCutChangelogs(reader, source, err);
        } catch (IssueHistoryException e) {
            throw new BadInputException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new BadInputException(source.name() + ": cannot read: "
                    + BadInputException.reason(e.getCause()));
        } finally {
            closeQuietly(counting);
        }
    }

    /** Jira's search may cut a long changelog; the replay goes on, and says how many issues it may be wrong for. */
    private static void warnOfCutChangelogs(IssueHistoryReader reader, Source source, PrintWriter err) {
        long cut = reader.truncatedChangelogs();
        if (cut == 0) {
            return;
        }
        String which = cut == 1 ? "issue " + reader.firstTruncatedChangelog() + " has"
                : String.format(Locale.ROOT, "%,d issues (the first %s) have", cut, reader.firstTruncatedChangelog());
        err.println("singlepoint: warning: " + source.name() + ": " + which + " a changelog with fewer histories than"
                + " its total: Jira cut it, and SLAs miss the status changes left out");
    }

    /** Closing what was read cannot lose data; a failure to close is not worth failing a finished replay over. */
    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written to it
        }
    }

    private Report report(Sink sink, SlaConfig slaConfig, String title) throws IOException {
        return switch (format) {
            case TABLE -> new TableReport(sink, slaConfig, title);
            case JSON -> new JsonLinesReport(sink);
            case CSV -> new CsvReport(sink);
        };
    }

    private Output open(String path) {
        if (path == null) {
            return Output.stdout(spec.commandLine().getOut());
        }
        try {
            return Output.file(path);
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot write: " + BadInputException.reason(e));
        }
    }

    private static InputStream openInput(Source source) {
        try {
            return source.open();
        } catch (IOException e) {
            throw new BadInputException(source.name() + ": cannot read: " + BadInputException.reason(e));
        }
    }

    /** The configuration, or a {@link BadInputException} with every problem, each prefixed with the file's name. */
    static SlaConfig readConfig(Source source) {
        try (Reader reader = new InputStreamReader(source.open(), StandardCharsets.UTF_8)) {
            return SlaConfigJson.read(reader);
        } catch (SlaConfigException e) {
            throw new BadInputException(e.problems().stream().map(p -> source.name() + ": " + p).toList());
        } catch (IOException e) {
            throw new BadInputException(source.name() + ": cannot read: " + BadInputException.reason(e));
        } catch (UncheckedIOException e) {
            throw new BadInputException(source.name() + ": cannot read: "
                    + BadInputException.reason(e.getCause()));
        }
    }
}
