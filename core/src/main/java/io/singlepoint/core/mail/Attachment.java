package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

/**
 * A file of a message and whether it goes onto the issue.
 *
 * @param name        file name as the sender gave it, or one made from the type ({@code attachment-2.png})
 * @param contentType {@code image/png}
 * @param size        decoded bytes
 * @param sha256      hex SHA-256 of the decoded bytes
 * @param contentId   Content-ID without brackets, or {@code null}
 * @param inline      shown in the text rather than attached, as the sender's client marked it
 * @param keep        goes onto the issue
 * @param reason      why, a code of {@link AttachmentRules}
 */
public record Attachment(String name, String contentType, long size, String sha256, String contentId, boolean inline,
                         boolean keep, String reason) {

    public Attachment {
        requireNonNull(name, "name");
        requireNonNull(contentType, "contentType");
        requireNonNull(sha256, "sha256");
        requireNonNull(reason, "reason");
        if (size < 0) {
            throw new IllegalArgumentException("an attachment's size is 0 or more, not " + size);
        }
    }

    /** The same attachment, kept or dropped for another reason. */
    public Attachment decided(boolean keep, String reason) {
        return new Attachment(name, contentType, size, sha256, contentId, inline, keep, reason);
    }
}
