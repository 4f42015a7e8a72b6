package io.singlepoint.core.mail;

/**
 * One leaf part of a message as read: what its headers say, its decoded size and SHA-256, and its text if it is
 * text the analysis reads (a body, a delivery status, the returned headers of a bounce).
 *
 * @param part        IMAP-style number, {@code 1.2}
 * @param role        what the analysis does with it
 * @param mimeType    {@code image/png}, lower case
 * @param filename    decoded file name, or {@code null}
 * @param contentId   Content-ID without angle brackets, or {@code null}
 * @param inline      Content-Disposition is {@code inline} (or missing for a part that is not a file)
 * @param size        decoded bytes
 * @param sha256      hex SHA-256 of the decoded bytes; {@code null} for a text body
 * @param text        decoded text (up to the limit) for a body, a status or returned headers; else {@code null}
 * @param truncated   the text was cut at the limit
 * @param params      the Content-Type parameters
 */
record MimeLeaf(String part, Role role, String mimeType, String filename, String contentId, boolean inline,
                long size, String sha256, String text, boolean truncated, java.util.Map<String, String> params) {

    enum Role {
        /** A text/plain body part. */
        TEXT_BODY,
        /** A text/html body part. */
        HTML_BODY,
        /** message/delivery-status of a report. */
        DELIVERY_STATUS,
        /** The returned message or headers of a report: only its headers are read. */
        RETURNED_MESSAGE,
        /** A file: streamed through the digest, never held. */
        ATTACHMENT
    }
}
