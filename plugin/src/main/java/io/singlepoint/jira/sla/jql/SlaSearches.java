package io.singlepoint.jira.sla.jql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.atlassian.jira.util.I18nHelper;

import io.singlepoint.core.sla.DurationText;
import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaDefinition;
import io.singlepoint.core.sla.SlaState;
import io.singlepoint.jira.sla.CurrentSlaConfig;
import io.singlepoint.jira.sla.store.SlaReplyStore;
import io.singlepoint.jira.sla.store.SlaStateStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What SinglePoint's JQL functions find, and what is wrong with their arguments, in plain values: issue ids and
 * messages. Answers come from the states stored under the configuration version in force, never from a
 * recomputation; states of earlier versions are not searched.
 */
@Named
public final class SlaSearches {

    private final CurrentSlaConfig configs;
    private final SlaStateStore states;
    private final SlaReplyStore replies;
    private final Clock clock;

    @Inject
    public SlaSearches(CurrentSlaConfig configs, SlaStateStore states, SlaReplyStore replies) {
        this(configs, states, replies, Clock.systemUTC());
    }

    SlaSearches(CurrentSlaConfig configs, SlaStateStore states, SlaReplyStore replies, Clock clock) {
        this.configs = configs;
        this.states = states;
        this.replies = replies;
        this.clock = clock;
    }

    /**
     * Everything wrong with a call, in the searcher's language; empty when it can be answered.
     *
     * @param name the function's name as the searcher wrote it
     */
    public List<String> problems(SlaFunction function, String name, List<String> args, I18nHelper i18n) {
        if (args.size() != function.arguments()) {
            return List.of(text(i18n, "singlepoint.sla.jql.error.arguments", name, function.arguments(), args.size(),
                    i18n.getText(function.usageKey())));
        }
        List<String> problems = new ArrayList<>();
        if (function.takesSla()) {
            Optional<CurrentSlaConfig.Versioned> current = configs.get();
            if (current.isEmpty()) {
                problems.add(text(i18n, "singlepoint.sla.jql.error.no-config", name));
            } else if (current.get().config().sla(args.get(0)).isEmpty()) {
                problems.add(unknownSla(current.get().config(), name, args.get(0), i18n));
            }
        }
        if (function.takesWindow() && window(args.get(1)).isEmpty()) {
            problems.add(text(i18n, "singlepoint.sla.jql.error.duration", name, args.get(1)));
        }
        return problems;
    }

    /** The ids of the issues a call finds, in ascending order; none when {@link #problems} has any. */
    public List<Long> issues(SlaFunction function, List<String> args) {
        if (args.size() != function.arguments()) {
            return List.of();
        }
        if (!function.takesSla()) {
            return replies.flaggedIssues();
        }
        Optional<CurrentSlaConfig.Versioned> current = configs.get();
        String sla = args.get(0);
        if (current.isEmpty() || current.get().config().sla(sla).isEmpty()) {
            return List.of();
        }
        int version = current.get().version();
        Instant now = clock.instant();
        return switch (function) {
            case BREACHED -> states.breached(sla, version, now);
            case PAUSED -> states.inState(sla, version, SlaState.PAUSED);
            case RUNNING -> states.inState(sla, version, SlaState.RUNNING);
            case DUE_WITHIN -> window(args.get(1)).map(window -> states.dueWithin(sla, version, now, window))
                    .orElse(List.of());
            case WAITING_ON_AGENT -> replies.flaggedIssues();
        };
    }

    private static Optional<Duration> window(String text) {
        try {
            return Optional.of(DurationText.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // reported in the searcher's language by problems(), not in core's English
        }
    }

    private static String unknownSla(SlaConfig config, String name, String sla, I18nHelper i18n) {
        if (config.slas().isEmpty()) {
            return text(i18n, "singlepoint.sla.jql.error.no-slas", name, sla);
        }
        String known = config.slas().stream().map(SlaDefinition::id).collect(Collectors.joining(", "));
        return text(i18n, "singlepoint.sla.jql.error.unknown-sla", name, sla, known);
    }

    /** Jira's {@code I18nHelper} takes several arguments as one array. */
    private static String text(I18nHelper i18n, String key, Object... arguments) {
        return i18n.getText(key, arguments);
    }
}
