package io.singlepoint.core.mail;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * A raw message as lines, each held in a fixed buffer: a line longer than the buffer comes in pieces, and only the
 * first piece of a line {@link #startsLine() starts} it, which is all a boundary check needs (RFC 2046 boundaries are
 * at most 70 characters). The line break is not part of {@link #line()}; {@link #eol()} tells which one ended it.
 */
final class LineInput {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LF = {'\n'};

    private final InputStream in;
    private final byte[] buffer = new byte[32 * 1024];
    private int pos;
    private int limit;
    private boolean eof;

    private final byte[] line;
    private int length;
    private int eol;
    private boolean endsLine = true;
    private boolean startsLine;
    private long consumed;
    private MessageDigest digest;
    private boolean replay;

    LineInput(InputStream in, int maxLineBytes) {
        this.in = in;
        this.line = new byte[maxLineBytes];
    }

    /** Reads the next line or piece of a line; {@code false} at the end of the input. */
    boolean next() throws IOException {
        if (replay) {
            replay = false;
            return true;
        }
        startsLine = endsLine;
        endsLine = false;
        length = 0;
        eol = 0;
        while (true) {
            if (pos == limit && !fill()) {
                endsLine = true;
                return length > 0;
            }
            int room = line.length - length;
            int end = Math.min(limit, pos + room);
            for (int i = pos; i < end; i++) {
                if (buffer[i] == '\n') {
                    int n = i - pos;
                    System.arraycopy(buffer, pos, line, length, n);
                    length += n;
                    consume(pos, n + 1);
                    pos = i + 1;
                    endsLine = true;
                    if (length > 0 && line[length - 1] == '\r') {
                        length--;
                        eol = 2;
                    } else {
                        eol = 1;
                    }
                    return true;
                }
            }
            int n = end - pos;
            System.arraycopy(buffer, pos, line, length, n);
            length += n;
            consume(pos, n);
            pos = end;
            if (length == line.length) {
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private void consume(int from, int n) {
        consumed += n;
        if (digest != null) {
            digest.update(buffer, from, n);
        }
    }

    /** The next {@link #next()} returns this piece again. */
    void pushBack() {
        replay = true;
    }

    /** From now on every byte read also goes through {@code digest}. */
    void digestFromHere(MessageDigest digest) {
        this.digest = digest;
    }

    byte[] line() {
        return line;
    }

    int length() {
        return length;
    }

    /** This piece is the beginning of a line. */
    boolean startsLine() {
        return startsLine;
    }

    /** This piece ends its line (with a line break, or at the end of the input). */
    boolean endsLine() {
        return endsLine;
    }

    /** The line break that ended this piece: CRLF, LF, or none. */
    byte[] eolBytes() {
        return eol == 2 ? CRLF : eol == 1 ? LF : null;
    }

    /** This piece is an empty line: the end of a header block. */
    boolean isBlankLine() {
        return startsLine && endsLine && length == 0 && eol > 0;
    }

    /** Bytes read so far. */
    long consumed() {
        return consumed;
    }
}
