package io.singlepoint.core.mail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** The sinks a part's decoded bytes go to: bounded text, or a SHA-256 digest and a counter. */
final class Sinks {

    private Sinks() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Keeps the first {@code max} bytes and counts them all. */
    static final class Text implements ByteSink {
        private final int max;
        private byte[] bytes = new byte[256];
        private int kept;
        private long size;

        Text(int max) {
            this.max = max;
        }

        @Override
        public void write(byte[] b, int from, int length) {
            size += length;
            int n = Math.min(length, max - kept);
            if (n <= 0) {
                return;
            }
            if (kept + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(max, Math.max(bytes.length * 2, kept + n)));
            }
            System.arraycopy(b, from, bytes, kept, n);
            kept += n;
        }

        byte[] bytes() {
            return bytes;
        }

        int kept() {
            return kept;
        }

        long size() {
            return size;
        }

        boolean truncated() {
            return size > kept;
        }
    }

    /** SHA-256 and size of everything written; holds nothing. */
    static final class Digest implements ByteSink {
        private final MessageDigest digest = sha256();
        private long size;

        @Override
        public void write(byte[] b, int from, int length) {
            digest.update(b, from, length);
            size += length;
        }

        long size() {
            return size;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** Both sinks. */
    record Tee(ByteSink first, ByteSink second) implements ByteSink {
        @Override
        public void write(byte[] b, int from, int length) {
            first.write(b, from, length);
            second.write(b, from, length);
        }
    }
}
