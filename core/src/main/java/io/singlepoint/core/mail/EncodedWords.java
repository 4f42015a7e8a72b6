package io.singlepoint.core.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes RFC 2047 encoded words ({@code =?charset?B|Q?text?=}) in an unstructured header value, leniently:
 * whitespace between adjacent encoded words is dropped (RFC 2047 section 6.2), adjacent words in the same charset are
 * joined before decoding so that a character split across two of them survives, words glued to other text are
 * decoded too, an RFC 2231 language suffix ({@code utf-8*de}) is ignored, an unknown charset reads as UTF-8 if valid
 * else windows-1252, and a word that is not well-formed is left as it is.
 */
final class EncodedWords {

    private EncodedWords() {
    }

    /** The decoded text; text without {@code =?} is returned as it is. */
    static String decode(String value) {
        if (value == null || !value.contains("=?")) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int i = 0;
        int afterLastWord = -1;
        while (i < value.length()) {
            int start = value.indexOf("=?", i);
            Word word = start < 0 ? null : parse(value, start);
            if (word == null) {
                int stop = start < 0 ? value.length() : start + 2;
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                out.append(value, i, stop);
                i = stop;
                afterLastWord = -1;
                continue;
            }
            String between = value.substring(i, start);
            boolean adjacent = afterLastWord == i && between.isBlank();
            if (!adjacent || pendingCharset == null || !pendingCharset.equalsIgnoreCase(word.charset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = word.charset;
                if (!adjacent) {
                    out.append(between);
                }
            }
            pending.writeBytes(word.bytes);
            i = word.end;
            afterLastWord = i;
        }
        flush(out, pending, pendingCharset);
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charsetName) {
        if (pending.size() == 0) {
            return;
        }
        byte[] bytes = pending.toByteArray();
        pending.reset();
        Charset charset = Charsets.forName(charsetName);
        if (charset == null || charset == StandardCharsets.UTF_8 && !Charsets.isValidUtf8(bytes, 0, bytes.length)
                || charset == Charsets.WINDOWS_1252 && Charsets.isValidUtf8(bytes, 0, bytes.length)) {
            charset = Charsets.isValidUtf8(bytes, 0, bytes.length) ? StandardCharsets.UTF_8 : Charsets.WINDOWS_1252;
        }
        out.append(new String(bytes, charset));
    }

    private record Word(String charset, byte[] bytes, int end) {
    }

    /** The encoded word starting at {@code start}, or {@code null} if none is well-formed there. */
    private static Word parse(String value, int start) {
        int q1 = value.indexOf('?', start + 2);
        if (q1 < 0 || q1 + 3 >= value.length() || value.charAt(q1 + 2) != '?') {
            return null;
        }
        String charset = value.substring(start + 2, q1);
        if (charset.isEmpty() || charset.length() > 40 || !token(charset)) {
            return null;
        }
        int star = charset.indexOf('*');
        if (star >= 0) {
            charset = charset.substring(0, star);
        }
        char encoding = Character.toUpperCase(value.charAt(q1 + 1));
        int textStart = q1 + 3;
        int end = value.indexOf("?=", textStart);
        if (end < 0 || end - textStart > 2000) {
            return null;
        }
        String text = value.substring(textStart, end);
        if (text.indexOf(' ') >= 0 && encoding == 'B') {
            return null;
        }
        byte[] bytes;
        if (encoding == 'B') {
            bytes = Base64Decoder.decodeLenient(text);
        } else if (encoding == 'Q') {
            bytes = qDecode(text);
        } else {
            return null;
        }
        return new Word(charset, bytes, end + 2);
    }

    private static boolean token(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 127 || "()<>@,;\"/[]?=".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] qDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                out.write(hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)));
                i += 2;
            } else if (c < 256) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
