package io.singlepoint.core.mail;

import java.util.Optional;
import java.util.Set;

/**
 * What the app remembers, asked by {@link MailTriage}: core holds no state, the handler answers from its store and
 * from Jira. Every method is a lookup; none changes anything.
 */
public interface MailHistory {

    /** Nothing known, everyone permitted: for previews. */
    MailHistory NONE = new MailHistory() {
    };

    /** A message the app knows: one it sent, or one it already processed. */
    record KnownMessage(String issueKey, Origin origin) {
        /** Who wrote it. */
        public enum Origin {
            /** The app sent it (a notification). */
            SENT,
            /** The app received and processed it (whatever it decided). */
            RECEIVED
        }

        public KnownMessage {
            java.util.Objects.requireNonNull(origin, "origin");
        }
    }

    /** Whether a sender may act on an issue, as Jira's permissions and the issue's participants say. */
    enum SenderStanding {
        /** A Jira user with the permission, a RASCI participant, or an outside address on the issue. */
        PERMITTED,
        /** Anyone else. */
        NOT_PERMITTED
    }

    /** The message with this Message-ID (without brackets), if the app sent or processed it. */
    default Optional<KnownMessage> find(String messageId) {
        return Optional.empty();
    }

    /** How many mails from this address the app received in the hour before this one. */
    default int mailsInLastHour(String address) {
        return 0;
    }

    /** SHA-256 hex of the issue's attachments. */
    default Set<String> attachmentHashes(String issueKey) {
        return Set.of();
    }

    /**
     * SHA-256 hex of the issue's attachments that may equal one of the mail's kept files: {@link
     * #attachmentHashes(String)}, and the store may add the hashes of the issue's files of one of these sizes (the
     * files attached otherwise than by mail), reading only those.
     *
     * @param sizes the sizes in bytes of the files the mail would attach
     */
    default Set<String> attachmentHashes(String issueKey, Set<Long> sizes) {
        return attachmentHashes(issueKey);
    }

    /**
     * Whether {@code address} may comment on {@code issueKey}, or create an issue when it is {@code null}.
     */
    default SenderStanding standing(String address, String issueKey) {
        return SenderStanding.PERMITTED;
    }
}
