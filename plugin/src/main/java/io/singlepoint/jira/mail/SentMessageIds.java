package io.singlepoint.jira.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the Message-IDs of SinglePoint's notifications, which a reply names in In-Reply-To and References:
 * the issue's thread root {@code sp.{issueId}@{domain}} and each mail {@code sp.{issueId}.{stage}.{token}@{domain}}
 * ({@code token} 16 hex digits). The format is the notification side's contract
 * ({@code io.singlepoint.core.notify.MessageIds}); this reads it without depending on that code.
 */
final class SentMessageIds {

    private static final Pattern ID = Pattern.compile(
            "<?sp\\.([A-Za-z0-9_-]{1,40})(?:\\.([a-z-]{1,30})\\.([0-9a-f]{16}))?@([^<>@\\s]+)>?");

    private SentMessageIds() {
    }

    /**
     * The issue id named by a notification's Message-ID (without or with angle brackets).
     *
     * @param domain the instance's domain, lower case; {@code null} accepts any
     * @return the issue id, if the id is one of ours (of that domain) naming a numeric issue id
     */
    static Optional<Long> issueId(String messageId, String domain) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher m = ID.matcher(messageId.strip());
        if (!m.matches() || domain != null && !m.group(4).toLowerCase(Locale.ROOT).equals(domain)) {
            return Optional.empty();
        }
        String id = m.group(1);
        if (!id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }
}
