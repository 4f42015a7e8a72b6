package io.singlepoint.core.sla;

import java.util.List;
import java.util.stream.Collectors;

/** An SLA configuration that cannot be used, with every problem found in it, not only the first. */
public final class SlaConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SlaConfigException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an SlaConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
