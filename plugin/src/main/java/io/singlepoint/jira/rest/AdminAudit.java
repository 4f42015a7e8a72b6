package io.singlepoint.jira.rest;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.atlassian.sal.api.user.UserKey;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail of SLA administration: one line per change, with who made it, when, and what it was, in the log
 * category {@code io.singlepoint.jira.audit} (route it to its own file with Jira's logging configuration). Saved
 * configurations are also kept for good as versions with their author, time and note ({@code SlaConfigStore}).
 *
 * <p>Jira's own audit log ({@code com.atlassian.audit.api.AuditService}) would be the better home; its types could
 * not be checked against Jira 10 and 11, so the app does not import it yet. This class is the one place to change.
 */
@Named
public final class AdminAudit {

    private static final Logger LOG = LoggerFactory.getLogger("io.singlepoint.jira.audit");

    private final Clock clock;
    private final Consumer<String> sink;

    @Inject
    public AdminAudit() {
        this(Clock.systemUTC(), line -> LOG.info("{}", line));
    }

    /** Writes each line to {@code sink} instead of the log: for tests. */
    AdminAudit(Clock clock, Consumer<String> sink) {
        this.clock = clock;
        this.sink = sink;
    }

    /** Records that {@code user} did {@code action} now, with its details in the given order. */
    public void record(UserKey user, String action, Map<String, ?> details) {
        Map<String, Object> when = new java.util.LinkedHashMap<>();
        when.put("at", clock.instant());
        when.putAll(details);
        sink.accept(line(user == null ? null : user.getStringValue(), action, when));
    }

    /** {@code SLA admin sla.config.save by admin: version=4 note="Fewer hours"}; values quoted, newlines escaped. */
    static String line(String userKey, String action, Map<String, ?> details) {
        String detail = details.entrySet().stream()
                .map(e -> e.getKey() + "=" + quote(String.valueOf(e.getValue())))
                .collect(Collectors.joining(" "));
        String who = quote(String.valueOf(userKey));
        return "SLA admin " + action + " by " + who + (detail.isEmpty() ? "" : ": " + detail);
    }

    private static String quote(String value) {
        boolean plain = value.chars().allMatch(c -> c > ' ' && c != '"' && c != '\\' && c < 127);
        if (plain && !value.isEmpty()) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c < ' ' ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
