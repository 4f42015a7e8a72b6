package io.singlepoint.jira.mail;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.jira.mail.ao.MailBounceEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The addresses that mail to bounced for good, as the mail handler learned from delivery status notifications
 * (core's {@code MailDecision.MarkBounced}: {@code Action: failed}, {@code Status: 5.x.x}; delayed or soft bounces are
 * not recorded).
 *
 * <p>For whoever sends mail (the notification sender): call {@link #isBounced(String)} before sending to an address
 * and skip it when {@code true}. An administrator clears an address on the processing log page once it works again
 * ({@link #clear(String)}); the next bounce records it again. Addresses compare case-insensitively. Both methods read
 * or write the database (one indexed query) and are safe on every node of a cluster.
 */
@Named
public final class BouncedAddresses {

    private final ActiveObjects ao;

    @Inject
    public BouncedAddresses(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Whether mail to this address bounced and no administrator cleared it since; {@code false} for {@code null}. */
    public boolean isBounced(String address) {
        return address != null && !address.isBlank()
                && ao.count(MailBounceEntity.class, Query.select().where("ADDRESS = ?", normal(address))) > 0;
    }

    /** Forgets that mail to this address bounced: notifications go there again. */
    public void clear(String address) {
        if (address != null) {
            ao.executeInTransaction(() -> {
                ao.delete(ao.find(MailBounceEntity.class, Query.select().where("ADDRESS = ?", normal(address))));
                return null;
            });
        }
    }

    /**
     * One bounced address, for the processing log page.
     *
     * @param logId the processing log entry of the latest bouncing mail
     */
    public record Bounced(String address, Instant first, Instant last, int bounces, long logId) {
    }

    /** Records that a mail (processing log entry {@code logId}) said delivery to these addresses failed. */
    public void record(Collection<String> addresses, Instant at, long logId) {
        ao.executeInTransaction(() -> {
            for (String address : addresses.stream().map(BouncedAddresses::normal).distinct().toList()) {
                if (address.isEmpty() || address.length() > 255) {
                    continue;
                }
                MailBounceEntity[] found = ao.find(MailBounceEntity.class,
                        Query.select().where("ADDRESS = ?", address).order("ID ASC"));
                if (found.length == 0) {
                    ao.create(MailBounceEntity.class, new DBParam("ADDRESS", address),
                            new DBParam("FIRST_BOUNCE_AT", at.toEpochMilli()),
                            new DBParam("LAST_BOUNCE_AT", at.toEpochMilli()), new DBParam("BOUNCES", 1),
                            new DBParam("LAST_LOG_ID", logId));
                } else {
                    MailBounceEntity e = found[0];
                    e.setLastBounceAt(Math.max(e.getLastBounceAt(), at.toEpochMilli()));
                    e.setBounces(e.getBounces() + 1);
                    e.setLastLogId(logId);
                    e.save();
                }
            }
            return null;
        });
    }

    /** The bounced addresses, latest bounce first. */
    List<Bounced> latest(int limit) {
        return Arrays.stream(ao.find(MailBounceEntity.class,
                        Query.select().order("LAST_BOUNCE_AT DESC, ID DESC").limit(limit)))
                .map(e -> new Bounced(e.getAddress(), Instant.ofEpochMilli(e.getFirstBounceAt()),
                        Instant.ofEpochMilli(e.getLastBounceAt()), e.getBounces(), e.getLastLogId()))
                .toList();
    }

    private static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
