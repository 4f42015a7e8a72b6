package io.singlepoint.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns a failure into an exit code and a message: {@code 2} and every problem for bad input
 * or configuration, {@code 1} and one line (the stack trace only with {@code --debug}) for anything else.
 * picocli itself answers {@code 2} to a malformed command line.
 */
final class Failures implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof BadInputException bad) {
            bad.problems().forEach(problem -> err.println("singlepoint: " + problem));
            err.flush();
            return BAD_INPUT;
        }
        err.println("singlepoint: internal error: " + e + (debug(parsed) ? "" : " (run with --debug for details)"));
        if (debug(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
