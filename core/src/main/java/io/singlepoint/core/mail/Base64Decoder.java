package io.singlepoint.core.mail;

import java.io.ByteArrayOutputStream;

/**
 * Streaming, lenient base64 (RFC 2045 section 6.8): characters outside the alphabet are skipped, padding ends a run
 * of quanta and decoding goes on after it (some mailers concatenate encoded blocks), a last partial quantum yields the
 * bytes it holds.
 */
final class Base64Decoder implements ByteSink {

    private static final int[] VALUE = new int[256];

    static {
        java.util.Arrays.fill(VALUE, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUE[alphabet.charAt(i)] = i;
        }
        VALUE['-'] = 62;
        VALUE['_'] = 63;
    }

    private final ByteSink out;
    private final byte[] buffer = new byte[8 * 1024];
    private int buffered;
    private int quantum;
    private int count;

    Base64Decoder(ByteSink out) {
        this.out = out;
    }

    @Override
    public void write(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '=') {
                finishQuantum();
                continue;
            }
            int v = VALUE[b];
            if (v < 0) {
                continue;
            }
            quantum = quantum << 6 | v;
            if (++count == 4) {
                if (buffered + 3 > buffer.length) {
                    flush();
                }
                buffer[buffered++] = (byte) (quantum >> 16);
                buffer[buffered++] = (byte) (quantum >> 8);
                buffer[buffered++] = (byte) quantum;
                quantum = 0;
                count = 0;
            }
        }
    }

    private void finishQuantum() {
        if (buffered + 3 > buffer.length) {
            flush();
        }
        if (count == 2) {
            buffer[buffered++] = (byte) (quantum >> 4);
        } else if (count == 3) {
            buffer[buffered++] = (byte) (quantum >> 10);
            buffer[buffered++] = (byte) (quantum >> 2);
        }
        quantum = 0;
        count = 0;
    }

    private void flush() {
        if (buffered > 0) {
            out.write(buffer, 0, buffered);
            buffered = 0;
        }
    }

    @Override
    public void end() {
        finishQuantum();
        flush();
        out.end();
    }

    /** A whole base64 text, decoded leniently. */
    static byte[] decodeLenient(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        Base64Decoder decoder = new Base64Decoder((b, from, length) -> bytes.write(b, from, length));
        byte[] raw = new byte[text.length()];
        for (int i = 0; i < raw.length; i++) {
            char c = text.charAt(i);
            raw[i] = c < 128 ? (byte) c : (byte) ' ';
        }
        decoder.write(raw, 0, raw.length);
        decoder.end();
        return bytes.toByteArray();
    }
}
