package io.singlepoint.core.notify;

import java.util.List;
import java.util.stream.Collectors;

import io.singlepoint.core.Violation;

/**
 * A notification's configuration cannot be used. Carries every {@link Violation} found, not just the first; the first
 * argument of each is the JSON path of the offending value ({@code to[2]}, {@code reminder.before}), the empty string
 * for the whole document. The message lists them for a log; people see the violations in their language.
 */
public final class NotifyConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public NotifyConfigException(List<Violation> violations) {
        super(message(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a NotifyConfigException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String message(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.i18nKey() + v.arguments().stream().map(a -> "\"" + a + "\"")
                        .collect(Collectors.joining(", ", " (", ")")))
                .collect(Collectors.joining("; "));
    }
}
