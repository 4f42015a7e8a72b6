package io.singlepoint.core.mail;

/**
 * The explicit limits a raw message meets, and what happens beyond them. In the lenient mode (the default, as a mail
 * handler must be) a message over a limit is still read: the excess is skipped or cut and recorded as a
 * {@link MailDefect}; in the strict mode it is refused with a {@link MailFormatException}. Memory is bounded by these
 * numbers, never by the size of the message: attachments are streamed through a digest and a counter.
 *
 * @param maxHeaderBytes   bytes of one header block (the message's or a part's), folding included
 * @param maxHeaderFields  fields in one header block
 * @param maxLineBytes     bytes of a line held at once; a longer line is read in pieces of this size
 * @param maxParts         MIME parts of the whole message, multiparts included
 * @param maxDepth         nesting of multiparts; a deeper multipart is kept as one opaque attachment
 * @param maxTextBytes     decoded bytes of one text or HTML body part kept for reply extraction; the rest is counted
 * @param maxAttachments   attachments listed in the analysis; later ones are still read, counted and reported as cut
 * @param strict           refuse instead of repair
 */
public record MailLimits(int maxHeaderBytes, int maxHeaderFields, int maxLineBytes, int maxParts, int maxDepth,
                         int maxTextBytes, int maxAttachments, boolean strict) {

    /** For a mail handler: 256 KB of headers, 1,000 fields, 500 parts, 20 levels, 512 KB of text per part; lenient. */
    public static final MailLimits DEFAULT = new MailLimits(256 * 1024, 1_000, 16 * 1024, 500, 20, 512 * 1024, 200,
            false);

    /** For input nobody vouches for: 64 KB of headers, 200 fields, 100 parts, 8 levels, 128 KB of text; strict. */
    public static final MailLimits STRICT = new MailLimits(64 * 1024, 200, 8 * 1024, 100, 8, 128 * 1024, 50, true);

    public MailLimits {
        if (maxHeaderBytes < 1024 || maxHeaderFields < 8 || maxLineBytes < 1024 || maxParts < 1 || maxDepth < 1
                || maxTextBytes < 1024 || maxAttachments < 0) {
            throw new IllegalArgumentException("mail limits too small to read a message: header bytes "
                    + maxHeaderBytes + " (at least 1024), header fields " + maxHeaderFields + " (8), line bytes "
                    + maxLineBytes + " (1024), parts " + maxParts + " (1), depth " + maxDepth + " (1), text bytes "
                    + maxTextBytes + " (1024), attachments " + maxAttachments + " (0)");
        }
    }

    /** The same limits, lenient or strict. */
    public MailLimits withStrict(boolean strict) {
        return new MailLimits(maxHeaderBytes, maxHeaderFields, maxLineBytes, maxParts, maxDepth, maxTextBytes,
                maxAttachments, strict);
    }
}
