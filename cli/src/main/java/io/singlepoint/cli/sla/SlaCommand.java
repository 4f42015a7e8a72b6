package io.singlepoint.cli.sla;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code singlepoint sla}: the SLA commands. Without a subcommand it shows them. */
@Command(name = "sla",
        description = "SLA clocks outside Jira: replay exported issue history against an SLA configuration.",
        subcommands = ReplayCommand.class)
public final class SlaCommand implements Callable<Integer> {

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
