package io.singlepoint.core.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short stable fingerprints: the first bytes of a SHA-256, in hexadecimal. */
final class Digests {

    private Digests() {
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code text} (UTF-8), as {@code 2 × bytes} hex digits. */
    static String hex(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
