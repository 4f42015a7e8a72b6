package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a delivery status notification (RFC 3464) reports: per recipient the action and status, and the Message-ID of
 * the message that could not be delivered, so that the app knows which of its mails bounced and where.
 *
 * @param recipients        every recipient the report names, in order
 * @param originalMessageId the returned message's Message-ID (without brackets), or {@code null}
 */
public record Bounce(List<Recipient> recipients, String originalMessageId) {

    /**
     * One recipient of the report.
     *
     * @param address    the final recipient, lower case
     * @param action     {@code failed}, {@code delayed}, {@code delivered}, {@code relayed}, {@code expanded}, or
     *                   {@code ""} if the report gives none
     * @param status     the enhanced status code ({@code 5.1.1}), or {@code ""}
     * @param diagnostic the remote server's words, or {@code ""}
     */
    public record Recipient(String address, String action, String status, String diagnostic) {
        public Recipient {
            requireNonNull(address, "address");
            requireNonNull(action, "action");
            requireNonNull(status, "status");
            requireNonNull(diagnostic, "diagnostic");
        }

        /**
         * A hard bounce: a permanent status ({@code 5.x.x}) with action {@code failed} or none. A soft one
         * ({@code 4.x.x}, {@code delayed}, even a {@code failed} after retries ran out on a temporary error) is not:
         * the address may work tomorrow.
         */
        public boolean failing() {
            boolean permanent = status.startsWith("5");
            return permanent && (action.isEmpty() || action.equals("failed"))
                    || status.isEmpty() && action.equals("failed");
        }
    }

    public Bounce {
        recipients = List.copyOf(recipients);
    }

    /** The addresses that failed for good: notifications should stop going there. */
    public List<String> failingAddresses() {
        List<String> failing = new ArrayList<>();
        for (Recipient recipient : recipients) {
            if (recipient.failing() && !failing.contains(recipient.address())) {
                failing.add(recipient.address());
            }
        }
        return failing;
    }

    /**
     * Reads the body of a {@code message/delivery-status} part: a per-message block, then a block per recipient,
     * separated by blank lines, each in header syntax. Lenient: folded lines, missing blocks, {@code rfc822;} types
     * and angle brackets around addresses; a block without a recipient is skipped.
     */
    static List<Recipient> parseStatus(String text) {
        List<Recipient> recipients = new ArrayList<>();
        String finalRecipient = null;
        String originalRecipient = null;
        String action = "";
        String status = "";
        String diagnostic = "";
        String[] lines = (text + "\n\n").split("\r?\n", -1);
        StringBuilder field = new StringBuilder();
        for (String line : lines) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && field.length() > 0) {
                field.append(' ').append(line.trim());
                continue;
            }
            if (field.length() > 0) {
                String f = field.toString();
                field.setLength(0);
                int colon = f.indexOf(':');
                if (colon > 0) {
                    String name = f.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = f.substring(colon + 1).trim();
                    switch (name) {
                        case "final-recipient" -> finalRecipient = address(value);
                        case "original-recipient" -> originalRecipient = address(value);
                        case "action" -> action = value.toLowerCase(Locale.ROOT).split("[\\s(;]", 2)[0];
                        case "status" -> status = value.split("[\\s(]", 2)[0];
                        case "diagnostic-code" -> diagnostic = value.length() > 500 ? value.substring(0, 500) : value;
                        default -> { }
                    }
                }
            }
            if (line.isBlank()) {
                String recipient = finalRecipient != null ? finalRecipient : originalRecipient;
                if (recipient != null && recipients.size() < 100) {
                    recipients.add(new Recipient(recipient, action, status, diagnostic));
                }
                finalRecipient = null;
                originalRecipient = null;
                action = "";
                status = "";
                diagnostic = "";
            } else {
                field.append(line);
            }
        }
        return recipients;
    }

    private static String address(String value) {
        String v = value;
        int semicolon = v.indexOf(';');
        if (semicolon >= 0) {
            v = v.substring(semicolon + 1);
        }
        v = v.trim();
        if (v.startsWith("<") && v.endsWith(">")) {
            v = v.substring(1, v.length() - 1);
        }
        v = v.trim().toLowerCase(Locale.ROOT);
        return v.indexOf('@') > 0 && v.indexOf(' ') < 0 ? v : null;
    }
}
