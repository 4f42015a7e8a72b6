package io.singlepoint.core.mail;

import java.util.List;

/**
 * A message as {@link MimeMessageReader} read it: the top-level headers, every leaf part in order, the defects
 * repaired, and the size.
 *
 * @param headers     top-level header block
 * @param mimeType    the top-level content type, lower case ({@code multipart/report})
 * @param reportType  {@code report-type} of a top-level or nested multipart/report, else {@code null}
 * @param leaves      leaf parts in order
 * @param defects     what lenient reading repaired
 * @param size        bytes of the raw message
 * @param bodySha256  SHA-256 of the raw bytes after the header block, only when there is no Message-ID
 * @param attachmentsCut attachments over {@link MailLimits#maxAttachments()}, read but not listed
 */
record ParsedMail(Headers headers, String mimeType, String reportType, List<MimeLeaf> leaves,
                  List<MailDefect> defects, long size, String bodySha256, int attachmentsCut) {
}
