package io.singlepoint.cli;

import java.util.concurrent.Callable;

import io.singlepoint.cli.mail.MailCommand;
import io.singlepoint.cli.notify.NotifyCommand;
import io.singlepoint.cli.sla.SlaCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code singlepoint}: the root command. Without a subcommand it shows what there is to run. */
@Command(name = "singlepoint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {SlaCommand.class, MailCommand.class, NotifyCommand.class},
        description = "Runs SinglePoint's engine outside Jira, on exported data.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:internal error: one line on stderr, the stack trace with --debug",
                "2:bad input or configuration: every problem, with its file, issue key or JSON path and position"})
public final class SinglePointCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace too.")
    boolean debug;

    /** The command line with every subcommand and the exit-code mapping of {@link Failures}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SinglePointCommand());
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
