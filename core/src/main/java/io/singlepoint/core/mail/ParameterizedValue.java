package io.singlepoint.core.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A header value of the form {@code value; name=param; ...}: Content-Type and Content-Disposition. Lenient: quoted
 * and unquoted parameters, RFC 822 comments, RFC 2231 continuations ({@code name*0=}, {@code name*1*=}) and charsets
 * ({@code name*=utf-8'de'%C3%BC}), RFC 2047 encoded words inside a quoted parameter (as Outlook and Gmail write file
 * names), and garbage between parameters skipped. Names and the value are in lower case; parameter values as written.
 *
 * @param value  e.g. {@code multipart/mixed} or {@code attachment}; {@code ""} if missing
 * @param params parameter name (lower case) to decoded value
 */
record ParameterizedValue(String value, Map<String, String> params) {

    ParameterizedValue {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    String param(String name) {
        return params.get(name);
    }

    static ParameterizedValue parse(String header) {
        if (header == null) {
            return new ParameterizedValue("", Map.of());
        }
        String text = stripComments(header);
        int semicolon = indexOutsideQuotes(text, ';', 0);
        String value = (semicolon < 0 ? text : text.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String[]>> continued = new LinkedHashMap<>();
        int pos = semicolon < 0 ? text.length() : semicolon + 1;
        while (pos < text.length()) {
            int end = indexOutsideQuotes(text, ';', pos);
            if (end < 0) {
                end = text.length();
            }
            parameter(text.substring(pos, end), plain, continued);
            pos = end + 1;
        }
        continued.forEach((name, pieces) -> {
            if (!plain.containsKey(name) || pieces.values().stream().anyMatch(p -> p[1] != null)) {
                plain.put(name, join(pieces));
            }
        });
        return new ParameterizedValue(value, plain);
    }

    private static void parameter(String text, Map<String, String> plain, Map<String, TreeMap<Integer, String[]>> continued) {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = text.substring(0, equals).trim().toLowerCase(Locale.ROOT);
        String raw = text.substring(equals + 1).trim();
        boolean quoted = raw.length() >= 2 && raw.charAt(0) == '"';
        String val = quoted ? unquote(raw) : raw;
        if (name.isEmpty() || name.indexOf(' ') >= 0) {
            return;
        }
        boolean extended = name.endsWith("*");
        String base = extended ? name.substring(0, name.length() - 1) : name;
        int star = base.indexOf('*');
        if (star >= 0) {
            try {
                int index = Integer.parseInt(base.substring(star + 1));
                if (index >= 0 && index < 1000) {
                    continued.computeIfAbsent(base.substring(0, star), k -> new TreeMap<>())
                            .put(index, new String[] {val, extended ? "x" : null});
                }
            } catch (NumberFormatException e) {
                // "name*x=" is no RFC 2231 parameter: ignored
            }
            return;
        }
        if (extended) {
            plain.put(base, decode2231(val, true));
        } else if (!plain.containsKey(name)) {
            plain.put(name, EncodedWords.decode(val));
        }
    }

    /** RFC 2231 section 4.1: the first extended piece names the charset; later extended pieces use it. */
    private static String join(TreeMap<Integer, String[]> pieces) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Charset charset = null;
        boolean first = true;
        for (String[] piece : pieces.values()) {
            String val = piece[0];
            if (piece[1] != null) {
                if (first) {
                    int q1 = val.indexOf('\'');
                    int q2 = q1 < 0 ? -1 : val.indexOf('\'', q1 + 1);
                    if (q2 > 0) {
                        charset = Charsets.forName(val.substring(0, q1));
                        val = val.substring(q2 + 1);
                    }
                }
                percentDecode(val, bytes);
            } else {
                bytes.writeBytes(val.getBytes(StandardCharsets.UTF_8));
            }
            first = false;
        }
        byte[] b = bytes.toByteArray();
        if (charset == null || charset == StandardCharsets.UTF_8 && !Charsets.isValidUtf8(b, 0, b.length)) {
            charset = Charsets.isValidUtf8(b, 0, b.length) ? StandardCharsets.UTF_8 : Charsets.WINDOWS_1252;
        }
        return EncodedWords.decode(new String(b, charset));
    }

    private static String decode2231(String val, boolean withCharset) {
        TreeMap<Integer, String[]> one = new TreeMap<>();
        one.put(0, new String[] {val, withCharset ? "x" : null});
        return join(one);
    }

    private static void percentDecode(String val, ByteArrayOutputStream bytes) {
        for (int i = 0; i < val.length(); i++) {
            char c = val.charAt(i);
            if (c == '%' && i + 2 < val.length() && EncodedWords.hex(val.charAt(i + 1)) >= 0
                    && EncodedWords.hex(val.charAt(i + 2)) >= 0) {
                bytes.write(EncodedWords.hex(val.charAt(i + 1)) << 4 | EncodedWords.hex(val.charAt(i + 2)));
                i += 2;
            } else if (c < 128) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String unquote(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                // Windows paths in file names are written with single backslashes: keep those.
                if (next == '"' || next == '\\') {
                    out.append(next);
                    i++;
                    continue;
                }
                out.append(c);
            } else if (c == '"') {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static int indexOutsideQuotes(String text, char wanted, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** Removes RFC 822 comments outside quoted strings; an unclosed comment runs to the end. */
    static String stripComments(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth == 0 && c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            } else if (c == '\\') {
                i++;
            }
        }
        return out.toString();
    }
}
