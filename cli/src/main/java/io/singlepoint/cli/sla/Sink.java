package io.singlepoint.cli.sla;

import java.io.IOException;
import java.io.Writer;

/**
 * Where a report writes: a buffer that reports append to, handed to the writer in large blocks so that writing
 * costs a copy per block, not a call per value.
 */
final class Sink {

    private static final int BLOCK = 1 << 16;

    private final Writer writer;
    private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);
    private char[] chars = new char[BLOCK + 4096];

    Sink(Writer writer) {
        this.writer = writer;
    }

    /** The buffer to append to; call {@link #written()} after each record. */
    StringBuilder buffer() {
        return buffer;
    }

    /** Hands the buffer to the writer once it holds a block. */
    void written() throws IOException {
        if (buffer.length() >= BLOCK) {
            drain();
        }
    }

    /** Hands everything to the writer and flushes it. */
    void flush() throws IOException {
        drain();
        writer.flush();
    }

    private void drain() throws IOException {
        int length = buffer.length();
        if (chars.length < length) {
            chars = new char[length];
        }
        buffer.getChars(0, length, chars, 0);
        writer.write(chars, 0, length);
        buffer.setLength(0);
    }
}
