package io.singlepoint.jira.notify.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.core.notify.Intent;
import io.singlepoint.jira.notify.ao.NotifyDeliveryEntity;
import io.singlepoint.jira.notify.ao.NotifyIntentEntity;
import io.singlepoint.jira.notify.store.StoredIntent.State;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The intents transitions recorded and the send log. An intent is recorded once per idempotency key (the key column
 * is unique too); the job takes the pending ones that are due, and logs each mail under its delivery key, so a job
 * retried half-way skips the recipients already served.
 */
@Named
public final class IntentStore {

    /** Longer reasons are cut: the column holds 450 characters. */
    static final int MAX_REASON = 450;

    private final ActiveObjects ao;

    @Inject
    public IntentStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Records {@code intent} unless one with its key is recorded already.
     *
     * @return whether it was recorded now
     */
    public boolean record(Intent intent, Instant at) {
        return ao.executeInTransaction(() -> {
            if (ao.count(NotifyIntentEntity.class, "IDEM_KEY = ?", intent.key().value()) > 0) {
                return false;
            }
            ao.create(NotifyIntentEntity.class,
                    new DBParam("IDEM_KEY", intent.key().value()),
                    new DBParam("ISSUE_ID", Long.parseLong(intent.issueId())),
                    new DBParam("ISSUE_KEY", intent.issueKey()),
                    new DBParam("STAGE", intent.stage().id()),
                    new DBParam("STATE", State.PENDING.name()),
                    new DBParam("INTENT_JSON", intent.toJson()),
                    new DBParam("RECORDED_AT", at.toEpochMilli()),
                    new DBParam("NEXT_AT", intent.due().toEpochMilli()),
                    new DBParam("ATTEMPTS", 0),
                    new DBParam("SENT_COUNT", 0),
                    new DBParam("RESENDS", 0),
                    new DBParam("SKIPPED_COUNT", 0));
            return true;
        });
    }

    /** Pending intents whose time has come, the earliest first. */
    public List<StoredIntent> due(Instant now, int limit) {
        return Arrays.stream(ao.find(NotifyIntentEntity.class, Query.select()
                        .where("STATE = ? AND NEXT_AT <= ?", State.PENDING.name(), now.toEpochMilli())
                        .order("NEXT_AT, ID").limit(limit)))
                .map(IntentStore::stored)
                .toList();
    }

    /** The pending intents of an issue. */
    public List<StoredIntent> pending(long issueId) {
        return Arrays.stream(ao.find(NotifyIntentEntity.class, Query.select()
                        .where("ISSUE_ID = ? AND STATE = ?", issueId, State.PENDING.name()).order("ID")))
                .map(IntentStore::stored)
                .toList();
    }

    /** The send log, newest first. */
    public List<StoredIntent> log(int limit) {
        return Arrays.stream(ao.find(NotifyIntentEntity.class, Query.select().order("ID DESC").limit(limit)))
                .map(IntentStore::stored)
                .toList();
    }

    public Optional<StoredIntent> get(long id) {
        return Optional.ofNullable(ao.get(NotifyIntentEntity.class, Math.toIntExact(id))).map(IntentStore::stored);
    }

    /** Not yet: look again at {@code until}. */
    public void waitUntil(long id, Instant until) {
        update(id, e -> e.setNextAt(until.toEpochMilli()));
    }

    /**
     * Claims the one comment an intent may add on its issue.
     *
     * @return {@code true} the first time for this intent, {@code false} ever after (or if there is no such intent)
     */
    public boolean claimComment(long id, Instant at) {
        return ao.executeInTransaction(() -> {
            NotifyIntentEntity e = ao.get(NotifyIntentEntity.class, Math.toIntExact(id));
            if (e == null || e.getCommentedAt() != null) {
                return false;
            }
            e.setCommentedAt(at.toEpochMilli());
            e.save();
            return true;
        });
    }

    public void sent(long id, int sent, int skipped, Instant at) {
        update(id, e -> {
            e.setState(State.SENT.name());
            e.setSentCount(sent);
            e.setSkippedCount(skipped);
            e.setReason(null);
            e.setDoneAt(at.toEpochMilli());
        });
    }

    /**
     * An attempt failed.
     *
     * @param next the next attempt, or {@code null} to give up (the intent fails until it is resent)
     */
    public void failed(long id, String reason, Instant next, Instant at) {
        update(id, e -> {
            e.setAttempts(e.getAttempts() + 1);
            e.setReason(cut(reason));
            if (next == null) {
                e.setState(State.FAILED.name());
                e.setDoneAt(at.toEpochMilli());
            } else {
                e.setNextAt(next.toEpochMilli());
            }
        });
    }

    public void cancelled(long id, String reason, Instant at) {
        update(id, e -> {
            e.setState(State.CANCELLED.name());
            e.setReason(cut(reason));
            e.setDoneAt(at.toEpochMilli());
        });
    }

    /**
     * Sends a failed or sent intent again, from the send log: it is pending again, due now, with its attempts reset.
     * Recipients already served are served again only if {@code everyone}.
     *
     * @return whether there was such an intent that is not pending
     */
    public boolean resend(long id, boolean everyone, Instant at) {
        return ao.executeInTransaction(() -> {
            NotifyIntentEntity e = ao.get(NotifyIntentEntity.class, Math.toIntExact(id));
            if (e == null || State.PENDING.name().equals(e.getState())) {
                return false;
            }
            if (everyone) {
                ao.deleteWithSQL(NotifyDeliveryEntity.class, "INTENT_ID = ?", id);
                e.setResends(e.getResends() + 1);
            }
            e.setState(State.PENDING.name());
            e.setNextAt(at.toEpochMilli());
            e.setAttempts(0);
            e.setDoneAt(null);
            e.save();
            return true;
        });
    }

    /** Whether the mail under this delivery key has been sent. */
    public boolean delivered(String deliveryKey) {
        return ao.count(NotifyDeliveryEntity.class, "DELIVERY_KEY = ?", deliveryKey) > 0;
    }

    /** Logs one mail sent. */
    public void delivery(long intentId, String deliveryKey, String address, String messageId, Instant at) {
        ao.create(NotifyDeliveryEntity.class,
                new DBParam("DELIVERY_KEY", deliveryKey),
                new DBParam("INTENT_ID", intentId),
                new DBParam("ADDRESS", address),
                new DBParam("MESSAGE_ID", messageId),
                new DBParam("SENT_AT", at.toEpochMilli()));
    }

    /** How many mails of an intent were sent. */
    public int deliveries(long intentId) {
        return ao.count(NotifyDeliveryEntity.class, "INTENT_ID = ?", intentId);
    }

    /** The issue a logged Message-ID belongs to, for threading replies. */
    public Optional<Long> issueOfMessage(String messageId) {
        NotifyDeliveryEntity[] rows = ao.find(NotifyDeliveryEntity.class,
                Query.select().where("MESSAGE_ID = ?", messageId).limit(1));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return get(rows[0].getIntentId()).map(StoredIntent::issueId);
    }

    private void update(long id, java.util.function.Consumer<NotifyIntentEntity> change) {
        NotifyIntentEntity e = ao.get(NotifyIntentEntity.class, Math.toIntExact(id));
        if (e != null) {
            change.accept(e);
            e.save();
        }
    }

    private static String cut(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "\u2026";
    }

    private static StoredIntent stored(NotifyIntentEntity e) {
        return new StoredIntent(e.getID(), e.getIdemKey(), e.getIssueId(), e.getIssueKey(), e.getStage(),
                State.valueOf(e.getState()), e.getIntentJson(), Instant.ofEpochMilli(e.getRecordedAt()),
                Instant.ofEpochMilli(e.getNextAt()), e.getAttempts(), e.getReason(),
                e.getDoneAt() == null ? null : Instant.ofEpochMilli(e.getDoneAt()), e.getSentCount(),
                e.getSkippedCount(), e.getResends());
    }
}
