package io.singlepoint.core.mail;

/**
 * Streaming, lenient quoted-printable (RFC 2045 section 6.7): {@code =XX} is a byte, {@code =} before a line break
 * (whitespace between them allowed) is a soft line break, and anything else after {@code =} (lower-case hex included
 * as hex; a non-hex character as it is) is kept rather than refused.
 */
final class QuotedPrintableDecoder implements ByteSink {

    private static final int PLAIN = 0;
    private static final int EQUALS = 1;
    private static final int FIRST_HEX = 2;
    private static final int SOFT_BREAK = 3;

    private final ByteSink out;
    private final byte[] buffer = new byte[8 * 1024];
    private int buffered;
    private int state = PLAIN;
    private int firstHex;
    private int firstChar;
    private int spacesAfterEquals;

    QuotedPrintableDecoder(ByteSink out) {
        this.out = out;
    }

    @Override
    public void write(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            int b = bytes[i] & 0xFF;
            switch (state) {
                case PLAIN -> {
                    if (b == '=') {
                        state = EQUALS;
                        spacesAfterEquals = 0;
                    } else {
                        // the run up to the next '=' passes as it is
                        int end = i + 1;
                        int limit = from + length;
                        while (end < limit && bytes[end] != '=') {
                            end++;
                        }
                        putAll(bytes, i, end - i);
                        i = end - 1;
                    }
                }
                case EQUALS -> {
                    int h = EncodedWords.hex((char) b);
                    if (h >= 0 && spacesAfterEquals == 0) {
                        firstHex = h;
                        firstChar = b;
                        state = FIRST_HEX;
                    } else if (b == ' ' || b == '\t') {
                        spacesAfterEquals++;
                    } else if (b == '\r') {
                        state = SOFT_BREAK;
                    } else if (b == '\n') {
                        state = PLAIN;
                    } else {
                        put('=');
                        for (int s = 0; s < spacesAfterEquals; s++) {
                            put(' ');
                        }
                        state = PLAIN;
                        i--;
                    }
                }
                case FIRST_HEX -> {
                    int h = EncodedWords.hex((char) b);
                    if (h >= 0) {
                        put(firstHex << 4 | h);
                        state = PLAIN;
                    } else {
                        put('=');
                        put(firstChar);
                        state = PLAIN;
                        i--;
                    }
                }
                default -> {
                    // after "=\r": a "\n" completes the soft break; anything else starts the next line
                    state = PLAIN;
                    if (b != '\n') {
                        i--;
                    }
                }
            }
        }
    }

    private void putAll(byte[] bytes, int from, int length) {
        int at = from;
        int left = length;
        while (left > 0) {
            if (buffered == buffer.length) {
                out.write(buffer, 0, buffered);
                buffered = 0;
            }
            int n = Math.min(left, buffer.length - buffered);
            System.arraycopy(bytes, at, buffer, buffered, n);
            buffered += n;
            at += n;
            left -= n;
        }
    }

    private void put(int b) {
        if (buffered == buffer.length) {
            out.write(buffer, 0, buffered);
            buffered = 0;
        }
        buffer[buffered++] = (byte) b;
    }

    @Override
    public void end() {
        if (state == EQUALS || state == FIRST_HEX) {
            put('=');
            if (state == FIRST_HEX) {
                put(firstChar);
            }
        }
        state = PLAIN;
        if (buffered > 0) {
            out.write(buffer, 0, buffered);
            buffered = 0;
        }
        out.end();
    }
}
