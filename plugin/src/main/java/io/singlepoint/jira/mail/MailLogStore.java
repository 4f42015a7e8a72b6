package io.singlepoint.jira.mail;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.jira.mail.ao.MailLogEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The mail handler's processing log: every mail received, what was decided and why, and its raw bytes up to a limit.
 * It answers the questions of the next mail: was this Message-ID processed before, which issue did it go to, how many
 * mails did this sender write in the last hour, which files did mail already attach to an issue.
 */
@Named
public final class MailLogStore {

    /** Decisions that do not count as "processed": the mail may be processed again. */
    private static final String NOT_PROCESSED = "DECISION IN ('failed', 'rerun', 'duplicate')";
    private static final char SEPARATOR = '\u001F';

    private final ActiveObjects ao;

    @Inject
    public MailLogStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * What to write for one mail.
     *
     * @param raw      the raw mail's bytes to keep (whole or cut), or {@code null} to keep none
     * @param rawSize  bytes of the whole raw mail
     */
    public record NewEntry(String messageId, String from, String subject, String decision, String reason,
                           List<String> reasonArgs, String issueKey, Instant receivedAt, byte[] raw, long rawSize,
                           List<String> attachmentHashes, ReplyOutcome answer, ReplyOutcome forward) {
        public NewEntry {
            requireNonNull(messageId, "messageId");
            requireNonNull(decision, "decision");
            requireNonNull(receivedAt, "receivedAt");
            reasonArgs = List.copyOf(reasonArgs);
            attachmentHashes = List.copyOf(attachmentHashes);
        }

        /** An entry with no answer and no forward (every decision but a rejection). */
        public NewEntry(String messageId, String from, String subject, String decision, String reason,
                        List<String> reasonArgs, String issueKey, Instant receivedAt, byte[] raw, long rawSize,
                        List<String> attachmentHashes) {
            this(messageId, from, subject, decision, reason, reasonArgs, issueKey, receivedAt, raw, rawSize,
                    attachmentHashes, null, null);
        }
    }

    /** Writes one entry; returns its id. */
    public long add(NewEntry entry) {
        return ao.executeInTransaction(() -> ao.create(MailLogEntity.class,
                new DBParam("MESSAGE_KEY", key(entry.messageId())),
                new DBParam("MESSAGE_ID", cut(entry.messageId(), 450)),
                new DBParam("FROM_ADDRESS", entry.from() == null ? null : cut(entry.from().toLowerCase(Locale.ROOT), 255)),
                new DBParam("SUBJECT", entry.subject() == null ? null : cut(entry.subject(), 255)),
                new DBParam("DECISION", entry.decision()),
                new DBParam("REASON", entry.reason() == null ? null : cut(entry.reason(), 255)),
                new DBParam("REASON_ARGS", String.join(String.valueOf(SEPARATOR), entry.reasonArgs())),
                new DBParam("ISSUE_KEY", entry.issueKey()),
                new DBParam("RECEIVED_AT", entry.receivedAt().toEpochMilli()),
                new DBParam("RAW_SIZE", entry.rawSize()),
                new DBParam("RAW_MAIL", entry.raw() == null ? null : Base64.getEncoder().encodeToString(entry.raw())),
                new DBParam("ATTACHMENT_HASHES", String.join(" ", entry.attachmentHashes())),
                new DBParam("ANSWER_STATE", state(entry.answer())),
                new DBParam("ANSWER_REASON", reason(entry.answer())),
                new DBParam("ANSWER_ARGS", args(entry.answer())),
                new DBParam("FORWARD_STATE", state(entry.forward())),
                new DBParam("FORWARD_REASON", reason(entry.forward())),
                new DBParam("FORWARD_ARGS", args(entry.forward()))).getID());
    }

    /**
     * Records the outcome of forwarding an entry's rejected mail again, unless its forward was sent meanwhile.
     *
     * @return whether it was recorded: {@code false} if there is no such entry or its forward is already sent
     */
    public boolean recordForward(long id, ReplyOutcome forward) {
        requireNonNull(forward, "forward");
        return ao.executeInTransaction(() -> {
            MailLogEntity entity = ao.get(MailLogEntity.class, (int) id);
            if (entity == null || ReplyOutcome.State.SENT.key().equals(entity.getForwardState())) {
                return false;
            }
            entity.setForwardState(state(forward));
            entity.setForwardReason(reason(forward));
            entity.setForwardArgs(args(forward));
            entity.save();
            return true;
        });
    }

    /**
     * The latest entry of a mail with this Message-ID that was processed (not failed, re-run or a duplicate).
     */
    public Optional<MailLogEntry> processed(String messageId) {
        MailLogEntity[] found = ao.find(MailLogEntity.class, Query.select()
                .where("MESSAGE_KEY = ? AND NOT " + NOT_PROCESSED, key(messageId)).order("ID DESC").limit(1));
        return found.length == 0 ? Optional.empty() : Optional.of(entry(found[0]));
    }

    /** Mails from this address received at or after {@code since}, duplicates not counted. */
    public int countFrom(String address, Instant since) {
        return ao.count(MailLogEntity.class, Query.select().where("FROM_ADDRESS = ? AND RECEIVED_AT >= ? AND"
                + " DECISION <> 'duplicate'", address.toLowerCase(Locale.ROOT), since.toEpochMilli()));
    }

    /** How many mails from this address were rejected since then (the loop guard of the answers to them). */
    public int countRejectedFrom(String address, Instant since) {
        return ao.count(MailLogEntity.class, Query.select().where("FROM_ADDRESS = ? AND RECEIVED_AT >= ? AND"
                + " DECISION = 'reject'", address.toLowerCase(Locale.ROOT), since.toEpochMilli()));
    }

    /** SHA-256 of the files mail attached to this issue (as comments, or when the mail opened it). */
    public Set<String> attachmentHashes(String issueKey) {
        Set<String> hashes = new LinkedHashSet<>();
        for (MailLogEntity e : ao.find(MailLogEntity.class, Query.select()
                .where("ISSUE_KEY = ? AND DECISION IN ('comment', 'created')", issueKey))) {
            hashes.addAll(split(e.getAttachmentHashes(), ' '));
        }
        return hashes;
    }

    /** The latest entries, newest first. */
    public List<MailLogEntry> latest(int limit) {
        return Arrays.stream(ao.find(MailLogEntity.class, Query.select().order("ID DESC").limit(limit)))
                .map(MailLogStore::entry).toList();
    }

    public Optional<MailLogEntry> get(long id) {
        MailLogEntity entity = ao.get(MailLogEntity.class, (int) id);
        return entity == null ? Optional.empty() : Optional.of(entry(entity));
    }

    /** The raw bytes kept of an entry's mail. */
    public Optional<byte[]> raw(long id) {
        MailLogEntity entity = ao.get(MailLogEntity.class, (int) id);
        return entity == null || entity.getRawMail() == null ? Optional.empty()
                : Optional.of(Base64.getDecoder().decode(entity.getRawMail()));
    }

    /** An admin re-runs the mail: this entry no longer counts as processed. */
    public void markRerun(long id) {
        MailLogEntity entity = ao.get(MailLogEntity.class, (int) id);
        if (entity != null) {
            entity.setDecision("rerun");
            entity.save();
        }
    }

    /**
     * Deletes the entries received before {@code cutoff}, except those still waiting for an administrator
     * ({@code failed}, {@code hold}); returns how many.
     */
    public int deleteReceivedBefore(Instant cutoff) {
        return ao.deleteWithSQL(MailLogEntity.class, "RECEIVED_AT < ? AND DECISION NOT IN ('failed', 'hold')",
                cutoff.toEpochMilli());
    }

    /** The index key of a Message-ID. */
    static String key(String messageId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(messageId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static MailLogEntry entry(MailLogEntity e) {
        String raw = e.getRawMail();
        long keptBytes = raw == null ? 0 : raw.length() / 4 * 3 - (raw.endsWith("==") ? 2 : raw.endsWith("=") ? 1 : 0);
        return new MailLogEntry(e.getID(), e.getMessageId(), e.getFromAddress(), e.getSubject() == null ? ""
                : e.getSubject(), e.getDecision(), e.getReason(), split(e.getReasonArgs(), SEPARATOR), e.getIssueKey(),
                Instant.ofEpochMilli(e.getReceivedAt()), e.getRawSize(), raw != null,
                raw != null && keptBytes == e.getRawSize(),
                split(e.getAttachmentHashes(), ' '),
                outcome(e.getAnswerState(), e.getAnswerReason(), e.getAnswerArgs()),
                outcome(e.getForwardState(), e.getForwardReason(), e.getForwardArgs()));
    }

    private static ReplyOutcome outcome(String state, String reason, String args) {
        return state == null ? null
                : new ReplyOutcome(ReplyOutcome.State.of(state), reason, split(args, SEPARATOR));
    }

    private static String state(ReplyOutcome outcome) {
        return outcome == null ? null : outcome.state().key();
    }

    private static String reason(ReplyOutcome outcome) {
        return outcome == null || outcome.reason() == null ? null : cut(outcome.reason(), 255);
    }

    private static String args(ReplyOutcome outcome) {
        return outcome == null ? null : String.join(String.valueOf(SEPARATOR), outcome.args());
    }

    private static List<String> split(String joined, char separator) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return List.of(joined.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
