package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an input, where it is: {@code slas[0].goals[1].calendar: unknown calendar "berlin" (known:
 * berlin-office, 24x7)}.
 *
 * @param path    JSON path of the value, e.g. {@code slas[0].goals[1].calendar}; empty for the whole document
 * @param message what is wrong, with the offending value
 */
public record Problem(String path, String message) {

    public Problem {
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
