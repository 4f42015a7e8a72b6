package io.singlepoint.jira.mail;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import io.singlepoint.core.mail.MailFiles;

/**
 * The files of one mail, each in a temporary file as core's reader passes it, found again by SHA-256 to attach the
 * ones the analysis keeps; all deleted on {@link #close()}.
 */
final class MailFileStore implements MailFiles, AutoCloseable {

    private final Path dir;
    private final Map<String, Path> bySha256 = new HashMap<>();

    MailFileStore() throws IOException {
        this.dir = Files.createTempDirectory("singlepoint-mail-files-");
    }

    @Override
    public OutputStream open(int n, String name, String contentType) throws IOException {
        Path file = dir.resolve(n + ".bin");
        MessageDigest sha256 = sha256();
        return new FilterOutputStream(new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                super.close();
                bySha256.putIfAbsent(HexFormat.of().formatHex(sha256.digest()), file);
            }
        };
    }

    /** The file with these bytes, or {@code null}. */
    Path file(String sha256) {
        return bySha256.get(sha256);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
