package io.singlepoint.jira.sla;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaConfigJson;
import io.singlepoint.jira.sla.store.ConfigVersion;
import io.singlepoint.jira.sla.store.SlaConfigStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The SLA configuration in force: the highest saved version, parsed. Every call asks the database which version that
 * is, so all cluster nodes agree the moment an administrator saves; only the parsing is kept per node, by version
 * number, because a saved version never changes.
 */
@Named
public final class CurrentSlaConfig {

    /** A configuration and the version it was saved as. */
    public record Versioned(int version, SlaConfig config) {
    }

    /** Parsed versions; a few suffice, as only the current one is asked for in practice. */
    private static final int KEPT = 4;

    private final SlaConfigStore store;
    private final Map<Integer, SlaConfig> parsed = new ConcurrentHashMap<>();

    @Inject
    public CurrentSlaConfig(SlaConfigStore store) {
        this.store = store;
    }

    /** The current configuration; empty until an administrator first saves one. */
    public Optional<Versioned> get() {
        OptionalInt number = store.currentNumber();
        return number.isEmpty() ? Optional.empty() : version(number.getAsInt());
    }

    /** Any saved version, for reading results computed under it. */
    public Optional<Versioned> version(int number) {
        SlaConfig cached = parsed.get(number);
        if (cached != null) {
            return Optional.of(new Versioned(number, cached));
        }
        Optional<ConfigVersion> saved = store.version(number);
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        // Saved versions were validated when saved, so reading them cannot fail for lack of validity.
        SlaConfig config = SlaConfigJson.read(saved.get().json());
        if (parsed.size() >= KEPT) {
            parsed.clear();
        }
        parsed.put(number, config);
        return Optional.of(new Versioned(number, config));
    }
}
