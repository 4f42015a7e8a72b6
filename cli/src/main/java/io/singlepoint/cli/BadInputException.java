package io.singlepoint.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * The user's input or configuration cannot be used; exit code 2. Carries every problem found, each already
 * naming its file, issue key or JSON path and position.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public BadInputException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a BadInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public BadInputException(String problem) {
        this(List.of(requireNonNull(problem, "problem")));
    }

    public List<String> problems() {
        return problems;
    }

    /** What went wrong with a file, in words: the JDK's exceptions name the file but not the problem. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
