package io.singlepoint.core.mail;

import java.util.List;
import java.util.Optional;

/**
 * Which issue a message belongs to: by reference first (its In-Reply-To, then its References newest first, against
 * the Message-IDs the app sent or received), then by the first issue key of a configured project in its subject.
 * Never by sender alone: a known sender writing about something new gets a new issue.
 */
public final class Threading {

    private Threading() {
    }

    /**
     * Where a message belongs.
     *
     * @param issueKey the issue, or {@code null} for none
     * @param by       {@code reference}, {@code subject-key} or {@code none}
     * @param via      the Message-ID or subject key that decided it, or {@code null}
     */
    public record Match(String issueKey, String by, String via) {
        public static final Match NONE = new Match(null, "none", null);

        public boolean found() {
            return issueKey != null;
        }
    }

    public static Match thread(MailAnalysis analysis, MailHistory history) {
        MailAnalysis.Thread thread = analysis.thread();
        if (thread.inReplyTo() != null) {
            Optional<String> key = issueOf(thread.inReplyTo(), history);
            if (key.isPresent()) {
                return new Match(key.get(), "reference", thread.inReplyTo());
            }
        }
        List<String> references = thread.references();
        for (int i = references.size() - 1; i >= 0; i--) {
            Optional<String> key = issueOf(references.get(i), history);
            if (key.isPresent()) {
                return new Match(key.get(), "reference", references.get(i));
            }
        }
        if (!analysis.issueKeys().isEmpty()) {
            String key = analysis.issueKeys().get(0);
            return new Match(key, "subject-key", key);
        }
        return Match.NONE;
    }

    private static Optional<String> issueOf(String messageId, MailHistory history) {
        return history.find(messageId).map(MailHistory.KnownMessage::issueKey);
    }
}
