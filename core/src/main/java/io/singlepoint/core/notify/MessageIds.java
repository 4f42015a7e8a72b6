package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Message-IDs of SinglePoint's mails, which thread every mail of an issue in the recipient's client and let the
 * mail handler find the issue a reply belongs to. The format is a contract with the mail handler; it never changes:
 * <ul>
 *   <li>the issue's <b>thread root</b>: {@code <sp.{issueId}@{domain}>};</li>
 *   <li>each mail: {@code <sp.{issueId}.{stage}.{token}@{domain}>}, where {@code token} is 16 hexadecimal digits
 *       derived from the mail's {@linkplain IdempotencyKey#delivery delivery key} and its resend number: the same
 *       mail retried keeps its id (a client that got it twice shows it once), a resend asked for in the log gets a
 *       new one.</li>
 * </ul>
 * The issue is named by its id, not its key, which changes when the issue moves to another project. The domain is
 * the Jira instance's (the host of its base URL), the same for every project, so that a project changing its service
 * desk address does not break the threads of its open issues.
 *
 * <p>The root is never the Message-ID of a mail: every mail, the first one too, has {@code In-Reply-To} and
 * {@code References} set to the root. Clients thread by the common root (Thunderbird and Apple Mail show it as a
 * thread whose first message is missing, Gmail groups by it with the subject), whichever stages are configured, in
 * whatever order mails arrive, and for recipients added to the change later. Making the receipt confirmation the root
 * would break threading whenever that mail was not configured, not sent to a person, or sent again.
 *
 * @param domain the right-hand side, a host name, kept in lower case
 */
public record MessageIds(String domain) {

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");
    private static final Pattern MAIL = Pattern.compile(
            "<?sp\\.([A-Za-z0-9_-]{1,40})(?:\\.([a-z-]{1,30})\\.([0-9a-f]{16}))?@([^<>@\\s]+)>?");

    public MessageIds {
        requireNonNull(domain, "domain");
        domain = domain.strip().toLowerCase(Locale.ROOT);
        if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("\"" + EmailAddress.shown(domain) + "\" is not a host name such as"
                    + " jira.example.com");
        }
    }

    /** The thread root of an issue, {@code <sp.10002@jira.example.com>}. */
    public String root(String issueId) {
        return "<sp." + IdempotencyKey.issueId(issueId) + "@" + domain + ">";
    }

    /**
     * The Message-ID of one mail.
     *
     * @param delivery the mail's delivery key ({@link IdempotencyKey#delivery})
     * @param resend   0 for the mail itself, 1, 2, ... for each resend asked for in the log
     */
    public String of(String issueId, Stage stage, String delivery, int resend) {
        if (resend < 0) {
            throw new IllegalArgumentException("a resend number is 0 or more, not " + resend);
        }
        return "<sp." + IdempotencyKey.issueId(issueId) + "." + stage.id() + "." + token(delivery + "#" + resend) + "@"
                + domain + ">";
    }

    /**
     * What a Message-ID of this format (and of any domain) says: for the mail handler, which looks up
     * {@code In-Reply-To} and {@code References} of a reply. Angle brackets are optional.
     *
     * @return the issue id, the stage (empty for the root) and the domain; empty if the text is not such an id
     */
    public static Optional<Parsed> parse(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher m = MAIL.matcher(messageId.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Stage stage = null;
        if (m.group(2) != null) {
            try {
                stage = Stage.of(m.group(2));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Parsed(m.group(1), Optional.ofNullable(stage), m.group(4).toLowerCase(Locale.ROOT)));
    }

    /**
     * A Message-ID taken apart.
     *
     * @param issueId the issue's id
     * @param stage   the stage of the mail; empty for the thread root
     * @param domain  the right-hand side: the handler compares it with its instance's
     */
    public record Parsed(String issueId, Optional<Stage> stage, String domain) {
    }

    private static String token(String text) {
        return Digests.hex(text, 8);
    }
}
