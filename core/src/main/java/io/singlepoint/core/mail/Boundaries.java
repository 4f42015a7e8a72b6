package io.singlepoint.core.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The boundaries of the multiparts being read, innermost last. A line is a delimiter of one of them when it is
 * {@code --boundary}, optionally {@code --} after it (the close delimiter), then only whitespace (RFC 2046 section
 * 5.1.1). An enclosing boundary ends the inner multiparts too, which is how a missing close delimiter is survived.
 */
final class Boundaries {

    /** No boundary: the body runs to the end of the input. */
    static final int END_OF_INPUT = -1;

    private final List<byte[]> stack = new ArrayList<>();

    void push(String boundary) {
        stack.add(("--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
    }

    void pop() {
        stack.remove(stack.size() - 1);
    }

    int depth() {
        return stack.size();
    }

    /** {@code level * 2 + (close ? 1 : 0)} of the innermost boundary the line is a delimiter of, or -1. */
    int match(LineInput input) {
        int length = input.length();
        byte[] line = input.line();
        if (length < 3 || line[0] != '-' || line[1] != '-') {
            return -1;
        }
        for (int level = stack.size() - 1; level >= 0; level--) {
            byte[] delimiter = stack.get(level);
            if (length < delimiter.length || !startsWith(line, delimiter)) {
                continue;
            }
            int i = delimiter.length;
            boolean close = i + 1 < length && line[i] == '-' && line[i + 1] == '-';
            if (close) {
                i += 2;
            }
            while (i < length && (line[i] == ' ' || line[i] == '\t')) {
                i++;
            }
            if (i == length) {
                return level * 2 + (close ? 1 : 0);
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        for (int i = 2; i < prefix.length; i++) {
            if (line[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int level(int match) {
        return match >> 1;
    }

    static boolean isClose(int match) {
        return (match & 1) == 1;
    }
}
