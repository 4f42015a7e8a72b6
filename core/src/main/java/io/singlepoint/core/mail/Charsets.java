package io.singlepoint.core.mail;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Which charset to read text with: the declared one when Java knows it and the bytes do not contradict it; else
 * UTF-8 if the bytes are valid UTF-8; else windows-1252, which decodes every byte (what browsers do, WHATWG Encoding).
 * ISO-8859-1 and US-ASCII are read as windows-1252, their superset, because mail clients mislabel it that way; and
 * text declared as one of the three that is valid UTF-8 is UTF-8 (real Latin-1 text with accents almost never is).
 */
final class Charsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** The text of {@code bytes} and the defect of an unknown declared charset, if any. */
    static String decode(byte[] bytes, int length, String declared, Defects defects, String part) {
        Charset charset = forName(declared);
        if (declared != null && !declared.isBlank() && charset == null) {
            defects.add("unknown-charset", part, declared);
        }
        if (charset == null || charset == WINDOWS_1252) {
            charset = isValidUtf8(bytes, 0, length) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        } else if (charset == StandardCharsets.UTF_8 && !isValidUtf8(bytes, 0, length)) {
            // Declared UTF-8 but is not: most often Latin text from a client that lied about it.
            defects.add("invalid-utf-8", part, "read as windows-1252");
            charset = WINDOWS_1252;
        }
        return new String(bytes, 0, length, charset);
    }

    /** The charset of a MIME charset name, or {@code null} when Java does not know it. */
    static Charset forName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("\"") && n.endsWith("\"") && n.length() > 1) {
            n = n.substring(1, n.length() - 1);
        }
        switch (n) {
            case "", "unknown", "unknown-8bit", "x-unknown", "default", "none":
                return null;
            case "utf8", "utf-8", "x-utf8", "unicode-1-1-utf-8":
                return StandardCharsets.UTF_8;
            case "latin1", "latin-1", "iso8859-1", "iso-8859-1", "iso_8859-1", "us-ascii", "ascii", "ansi_x3.4-1968",
                 "cp1252", "windows-1252", "x-cp1252":
                return WINDOWS_1252;
            case "ks_c_5601-1987":
                n = "x-windows-949";
                break;
            default:
                break;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Whether the bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). */
    static boolean isValidUtf8(byte[] b, int from, int length) {
        int i = from;
        int end = from + length;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= end) {
                return false;
            }
            int code = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                code = code << 6 | cc & 0x3F;
            }
            if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }
}
