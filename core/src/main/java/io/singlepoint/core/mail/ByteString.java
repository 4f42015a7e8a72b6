package io.singlepoint.core.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable run of raw bytes, read as text the way header bytes are: UTF-8 if valid, else windows-1252. */
final class ByteString {

    private byte[] bytes;
    private int length;

    ByteString(byte[] source, int from, int length) {
        this.bytes = Arrays.copyOfRange(source, from, from + Math.max(length, 16));
        this.length = length;
    }

    void append(byte[] source, int from, int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
        System.arraycopy(source, from, bytes, length, n);
        length += n;
    }

    String toText() {
        return text(bytes, 0, length);
    }

    /** Bytes as text: ASCII and valid UTF-8 as UTF-8, anything else as windows-1252. */
    static String text(byte[] bytes, int from, int length) {
        boolean ascii = true;
        for (int i = from; i < from + length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }
        return Charsets.isValidUtf8(bytes, from, length)
                ? new String(bytes, from, length, StandardCharsets.UTF_8)
                : new String(bytes, from, length, Charsets.WINDOWS_1252);
    }
}
