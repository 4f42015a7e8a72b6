package io.singlepoint.jira.mail;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One raw mail as Jira's mail service delivered it, written to a temporary file at once: read from there, a mail of
 * any size costs no heap, and the mail API's objects are left behind after one {@code writeTo}.
 */
final class RawMail implements AutoCloseable {

    private final Path file;

    private RawMail(Path file) {
        this.file = file;
    }

    /** An empty raw mail to write to. */
    static RawMail create() throws IOException {
        return new RawMail(Files.createTempFile("singlepoint-mail-", ".eml"));
    }

    /** A raw mail with these bytes (a re-run from the processing log, a test). */
    static RawMail of(byte[] bytes) throws IOException {
        RawMail raw = create();
        Files.write(raw.file, bytes);
        return raw;
    }

    OutputStream output() throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    long size() throws IOException {
        return Files.size(file);
    }

    /** The first {@code max} bytes (all of them if fewer). */
    byte[] head(int max) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(max);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
