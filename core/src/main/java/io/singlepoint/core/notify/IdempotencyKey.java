package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What makes a notification happen at most once. One key per notification that a workflow asked for:
 * <ul>
 *   <li>a stage's mail: {@code {issueId}/{stage}/{occurrence}/{config}} — the issue, the stage, which occurrence of the
 *       transition ({@link TransitionRef}) and a fingerprint of the post-function's configuration (two
 *       post-functions on one transition that send different mails must not swallow each other; the same one run
 *       twice gives the same key);</li>
 *   <li>a reminder: {@code {issueId}/reminder/due-{due}/{config}} — the instant it is due, not the transition that
 *       asked for it: moving the change window moves the due instant and gives a new key, so the old reminder is
 *       cancelled and the new one is not mistaken for it.</li>
 * </ul>
 * The store that records intents keeps the key unique and ignores a second intent with the same key; the sending job
 * logs each mail under its {@linkplain #delivery delivery key} (the key and the recipient), so a retried job skips
 * the recipients already served. Keys are ASCII ({@code [A-Za-z0-9._:/-]}), at most {@value #MAX_LENGTH} characters:
 * they fit a unique index on any database Jira supports.
 *
 * @param value the key
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 120;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:/-]{1," + MAX_LENGTH + "}");
    private static final Pattern ISSUE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public IdempotencyKey {
        requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("\"" + EmailAddress.shown(value) + "\" is not an idempotency key");
        }
    }

    /** The key of a stage's mail asked for by one occurrence of a transition. */
    public static IdempotencyKey of(String issueId, Stage stage, TransitionRef transition, String configFingerprint) {
        return new IdempotencyKey(issueId(issueId) + "/" + stage.id() + "/" + transition.occurrence() + "/"
                + requireNonNull(configFingerprint, "configFingerprint"));
    }

    /** The key of a reminder due at {@code due}. */
    public static IdempotencyKey ofReminder(String issueId, Instant due, String configFingerprint) {
        return new IdempotencyKey(issueId(issueId) + "/" + Stage.REMINDER.id() + "/due-" + due.getEpochSecond() + "/"
                + requireNonNull(configFingerprint, "configFingerprint"));
    }

    /** The key under which the mail of this notification to {@code recipient} is logged: this key and the address. */
    public String delivery(EmailAddress recipient) {
        return value + "/" + fingerprint(recipient.normalized());
    }

    /** 12 hexadecimal digits of the SHA-256 of {@code text}: short, stable, and not the text. */
    static String fingerprint(String text) {
        return Digests.hex(text, 6);
    }

    /**
     * @throws IllegalArgumentException if {@code id} is not an issue id (Jira's are numbers)
     */
    static String issueId(String id) {
        if (id == null || !ISSUE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("\"" + (id == null ? "null" : EmailAddress.shown(id)) + "\" is not an"
                    + " issue id such as 10002");
        }
        return id;
    }

    @Override
    public String toString() {
        return value;
    }
}
