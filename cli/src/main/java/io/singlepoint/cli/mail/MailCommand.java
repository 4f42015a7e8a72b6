package io.singlepoint.cli.mail;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code singlepoint mail}: the mail commands. Without a subcommand it shows them. */
@Command(name = "mail",
        description = "Service-desk mail outside Jira: what the mail handler reads from a raw message and decides.",
        subcommands = AnalyzeCommand.class)
public final class MailCommand implements Callable<Integer> {

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
