package io.singlepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.junit.jupiter.api.Test;

class SinglePointCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void version_prints_the_version_maven_built() {
        int exit = run(SinglePointCommand.commandLine(), "--version");

        assertThat(exit).isZero();
        assertThat(out.toString().trim()).isEqualTo("singlepoint " + System.getProperty("singlepoint.version"));
    }

    @Test
    void help_lists_the_exit_codes() {
        int exit = run(SinglePointCommand.commandLine(), "--help");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Exit codes:")
                .contains("0   done")
                .contains("1   internal error")
                .contains("2   bad input or configuration");
    }

    @Test
    void an_unknown_option_is_bad_input() {
        int exit = run(SinglePointCommand.commandLine(), "--no-such-option");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void bad_input_exits_2_with_every_problem() {
        int exit = run(withSubcommand(() -> {
            throw new BadInputException(java.util.List.of("a.json: slas[0].id: missing", "a.json: slas[1].id: missing"));
        }), "fail");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("""
                singlepoint: a.json: slas[0].id: missing
                singlepoint: a.json: slas[1].id: missing
                """);
    }

    @Test
    void an_internal_error_exits_1_with_one_line_and_the_trace_only_with_debug() {
        Callable<Integer> failing = () -> {
            throw new IllegalStateException("disk on fire");
        };

        assertThat(run(withSubcommand(failing), "fail")).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "singlepoint: internal error: java.lang.IllegalStateException: disk on fire"
                        + " (run with --debug for details)");

        err.getBuffer().setLength(0);
        assertThat(run(withSubcommand(failing), "fail", "--debug")).isEqualTo(1);
        assertThat(err.toString()).contains("\tat io.singlepoint.cli.SinglePointCommandTest");
    }

    private CommandLine withSubcommand(Callable<Integer> body) {
        CommandLine commandLine = SinglePointCommand.commandLine();
        commandLine.addSubcommand("fail", new Failing(body));
        return commandLine;
    }

    private int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        private final Callable<Integer> body;

        Failing(Callable<Integer> body) {
            this.body = body;
        }

        @Override
        public Integer call() throws Exception {
            return body.call();
        }
    }
}
