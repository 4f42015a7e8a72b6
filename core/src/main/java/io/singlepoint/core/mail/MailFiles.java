package io.singlepoint.core.mail;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the decoded bytes of a message's files go while it is read, for a caller that stores them (the mail handler
 * writes each to a temporary file to attach it): the reader never holds a file, it passes each one through. Files
 * beyond {@link MailLimits#maxAttachments()} are not passed. A file's {@link Attachment#sha256()} in the analysis is
 * the SHA-256 of exactly the bytes written to its stream.
 */
@FunctionalInterface
public interface MailFiles {

    /** Nothing stored: the analysis alone. */
    MailFiles NONE = (n, name, contentType) -> OutputStream.nullOutputStream();

    /**
     * A stream for the decoded bytes of the {@code n}-th file of the message (from 1, in reading order); the reader
     * closes it after the file's last byte.
     *
     * @param name        the file's name as the message gives it, or {@code null}
     * @param contentType its MIME type, lower case
     */
    OutputStream open(int n, String name, String contentType) throws IOException;
}
