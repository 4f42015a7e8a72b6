package io.singlepoint.cli.notify;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code singlepoint notify}: the change-notification commands. Without a subcommand it shows them. */
@Command(name = "notify",
        description = "Change notifications outside Jira: render what a stage would send, to whom, for an issue.",
        subcommands = PreviewCommand.class)
public final class NotifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
