package io.singlepoint.cli;

/** Entry point of {@code singlepoint}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SinglePointCommand.commandLine().execute(args));
    }
}
