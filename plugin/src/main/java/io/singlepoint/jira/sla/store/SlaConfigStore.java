package io.singlepoint.jira.sla.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.jira.sla.ao.SlaConfigEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The versions of the SLA configuration. Saving never changes a version: it adds the next one, so that results
 * computed under an earlier version stay readable and a change can be compared or undone.
 */
@Named
public final class SlaConfigStore {

    /** Administrators saving at once: all but one retry with the next number. */
    private static final int ATTEMPTS = 10;

    private final ActiveObjects ao;

    @Inject
    public SlaConfigStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Adds the next version; the caller has validated {@code json}. */
    public ConfigVersion save(String json, String authorKey, String note, Instant at) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return ao.executeInTransaction(() -> {
                    int next = current().map(ConfigVersion::number).orElse(0) + 1;
                    SlaConfigEntity saved = ao.create(SlaConfigEntity.class,
                            new DBParam("VERSION", next),
                            new DBParam("CONFIG_JSON", json),
                            new DBParam("AUTHOR_KEY", authorKey),
                            new DBParam("SAVED_AT", at.toEpochMilli()),
                            new DBParam("NOTE", note == null ? "" : note));
                    return version(saved);
                });
            } catch (RuntimeException e) {
                // The unique VERSION column refused a number another save took first: read the new maximum again,
                // after a short random pause so that the savers do not collide in step.
                last = e;
                pause(attempt);
            }
        }
        throw last;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 10L << Math.min(attempt, 4)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The number of the highest version, without reading its JSON: what every search asks first. */
    public java.util.OptionalInt currentNumber() {
        SlaConfigEntity[] latest = ao.find(SlaConfigEntity.class,
                Query.select("ID, VERSION").order("VERSION DESC").limit(1));
        return latest.length == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(latest[0].getVersion());
    }

    /** The highest version, if any was ever saved. */
    public Optional<ConfigVersion> current() {
        SlaConfigEntity[] latest = ao.find(SlaConfigEntity.class, Query.select().order("VERSION DESC").limit(1));
        return latest.length == 0 ? Optional.empty() : Optional.of(version(latest[0]));
    }

    public Optional<ConfigVersion> version(int number) {
        SlaConfigEntity[] found = ao.find(SlaConfigEntity.class, "VERSION = ?", number);
        return found.length == 0 ? Optional.empty() : Optional.of(version(found[0]));
    }

    /** The latest {@code limit} versions, newest first. */
    public List<ConfigVersion> history(int limit) {
        return Arrays.stream(ao.find(SlaConfigEntity.class, Query.select().order("VERSION DESC").limit(limit)))
                .map(SlaConfigStore::version)
                .toList();
    }

    private static ConfigVersion version(SlaConfigEntity entity) {
        return new ConfigVersion(entity.getVersion(), entity.getConfigJson(), entity.getAuthorKey(),
                Instant.ofEpochMilli(entity.getSavedAt()), entity.getNote());
    }
}
