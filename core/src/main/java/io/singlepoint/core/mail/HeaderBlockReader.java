package io.singlepoint.core.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one header block up to and including the empty line that ends it (or the end of the input), unfolding
 * continuation lines. Raw bytes are read as UTF-8 where they are valid UTF-8 (RFC 6532), else as windows-1252.
 * Lenient: a line that is neither a field nor a continuation is skipped (an mbox {@code From } line, garbage); fields
 * and bytes over the limits are skipped and recorded.
 */
final class HeaderBlockReader {

    private HeaderBlockReader() {
    }

    /** Reads a header block; {@code boundaries} may say that a line ends the part early (a part without a body). */
    static Headers read(LineInput input, MailLimits limits, Defects defects, String part, Boundaries boundaries)
            throws IOException {
        List<Headers.Field> fields = new ArrayList<>();
        ByteString current = null;
        long bytes = 0;
        boolean overBytes = false;
        boolean overFields = false;
        while (input.next()) {
            if (input.isBlankLine()) {
                break;
            }
            if (input.startsLine() && boundaries.match(input) >= 0) {
                defects.add("part-without-body", part, "");
                input.pushBack();
                break;
            }
            bytes += input.length() + 2;
            if (bytes > limits.maxHeaderBytes()) {
                if (!overBytes) {
                    overBytes = true;
                    defects.add("header-too-large", part, limits.maxHeaderBytes() + " bytes");
                }
                continue;
            }
            byte[] line = input.line();
            int length = input.length();
            boolean continuation = !input.startsLine() || length > 0 && (line[0] == ' ' || line[0] == '\t');
            if (continuation) {
                if (current != null) {
                    current.append(line, 0, length);
                }
                continue;
            }
            if (current != null) {
                add(fields, current, limits, defects, part);
                current = null;
            }
            int colon = fieldNameEnd(line, length);
            if (colon < 0) {
                if (!(fields.isEmpty() && startsWith(line, length, "From "))) {
                    defects.add("not-a-header-field", part, ByteString.text(line, 0, Math.min(length, 60)));
                }
                continue;
            }
            if (fields.size() >= limits.maxHeaderFields()) {
                if (!overFields) {
                    overFields = true;
                    defects.add("too-many-header-fields", part, String.valueOf(limits.maxHeaderFields()));
                }
                continue;
            }
            current = new ByteString(line, 0, length);
        }
        if (current != null) {
            add(fields, current, limits, defects, part);
        }
        return new Headers(fields);
    }

    private static void add(List<Headers.Field> fields, ByteString field, MailLimits limits, Defects defects,
                            String part) {
        if (fields.size() >= limits.maxHeaderFields()) {
            return;
        }
        String text = field.toText();
        int colon = text.indexOf(':');
        String name = text.substring(0, colon).trim();
        fields.add(new Headers.Field(name, text.substring(colon + 1)));
    }

    /** The index of the colon after a field name (printable ASCII, whitespace allowed before the colon), or -1. */
    private static int fieldNameEnd(byte[] line, int length) {
        boolean sawName = false;
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b == ':') {
                return sawName ? i : -1;
            }
            if (b == ' ' || b == '\t') {
                // "Subject :" is seen in the wild; "Subject x:" is not a field.
                for (int j = i; j < length; j++) {
                    if (line[j] == ':') {
                        return sawName ? j : -1;
                    }
                    if (line[j] != ' ' && line[j] != '\t') {
                        return -1;
                    }
                }
                return -1;
            }
            if (b < 33 || b > 126) {
                return -1;
            }
            sawName = true;
        }
        return -1;
    }

    private static boolean startsWith(byte[] line, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
