package io.singlepoint.core.notify;

import java.nio.charset.StandardCharsets;

/**
 * Quoted-printable (RFC 2045 §6.7) for UTF-8 text bodies: lines at most 76 characters, soft breaks that never split an
 * escape, every line break of the text a CRLF, white space at the end of a line encoded. A {@code .} or {@code From }
 * at the start of a line is encoded too, so that no transport can mistake it for the end of the data (SMTP) or a new
 * message (mbox).
 */
final class QuotedPrintable {

    static final int LINE = 76;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QuotedPrintable() {
    }

    /** {@code text} encoded; its line breaks (LF, CRLF or CR) become CRLF; no final CRLF is added. */
    static String encode(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("\r\n");
            }
            line(lines[i].getBytes(StandardCharsets.UTF_8), out);
        }
        return out.toString();
    }

    private static void line(byte[] bytes, StringBuilder out) {
        int lastVisible = bytes.length - 1;
        while (lastVisible >= 0 && (bytes[lastVisible] == ' ' || bytes[lastVisible] == '\t')) {
            lastVisible--;
        }
        boolean guardStart = bytes.length > 0 && bytes[0] == '.'
                || bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("From ");
        int column = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean literal = (b >= 33 && b <= 126 && b != '=' || (b == ' ' || b == '\t') && i <= lastVisible)
                    && !(i == 0 && guardStart);
            int width = literal ? 1 : 3;
            // A soft break costs one column ("="): break when this token would not leave room for it, unless it is
            // the line's last token, which may use the 76th column.
            boolean last = i == bytes.length - 1;
            if (column + width > (last ? LINE : LINE - 1)) {
                out.append("=\r\n");
                column = 0;
            }
            if (literal) {
                out.append((char) b);
            } else {
                out.append('=').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
            column += width;
        }
    }
}
