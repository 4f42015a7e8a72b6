package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes header fields as RFC 5322 wants them on the wire: {@code Name: value}, folded before 78 characters with CRLF
 * and a space, text that is not printable ASCII in RFC 2047 encoded-words ({@code =?UTF-8?B?...?=}, each at most 75
 * characters and each holding whole characters). Values come from {@link HeaderValue}, {@link Mailbox} and
 * {@link MessageIds}, which hold no line break, so nothing written here can add a header.
 */
public final class MailHeaders {

    /** RFC 5322 §2.1.1: lines SHOULD be at most 78 characters, excluding the CRLF. */
    public static final int LINE = 78;
    private static final int ENCODED_WORD = 75;
    private static final String PREFIX = "=?UTF-8?B?";
    private static final String SUFFIX = "?=";
    private static final Pattern NAME = Pattern.compile("[!-9;-~]{1,76}");
    private static final Pattern ATOMS = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+");

    private MailHeaders() {
    }

    /** {@code Name: text} for unstructured text (a subject), encoded if it is not all printable ASCII. */
    public static String unstructured(String name, HeaderValue value) {
        String text = value.text();
        return fold(name, needsEncoding(text) ? encodedWords(text, name.length() + 2) : List.of(text.split(" ", -1)));
    }

    /** {@code Name: "Display Name" <address>}, the name quoted or encoded as it needs. */
    public static String mailbox(String name, Mailbox mailbox) {
        List<String> tokens = new ArrayList<>();
        if (mailbox.name() != null) {
            tokens.addAll(phrase(mailbox.name(), name.length() + 2));
        }
        tokens.add("<" + mailbox.address().value() + ">");
        return fold(name, tokens);
    }

    /** {@code Name: token token ...}: tokens that need no encoding (message ids, a MIME type and its parameters). */
    public static String tokens(String name, List<String> tokens) {
        for (String token : tokens) {
            if (token.isEmpty() || needsEncoding(token) || token.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("\"" + EmailAddress.shown(token) + "\" is not a header token");
            }
        }
        return fold(name, tokens);
    }

    /** {@code text} is not safe as it is: not printable ASCII, or looks like an encoded-word. */
    static boolean needsEncoding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return true;
            }
        }
        return text.contains("=?");
    }

    /** A display name: as it is when made of atoms, quoted when ASCII, encoded otherwise. */
    private static List<String> phrase(String name, int firstLineUsed) {
        if (needsEncoding(name)) {
            return encodedWords(name, firstLineUsed);
        }
        if (ATOMS.matcher(name).matches()) {
            return List.of(name.split(" ", -1));
        }
        return List.of("\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    /**
     * {@code text} as UTF-8 base64 encoded-words, each at most 75 characters, split between characters (never
     * inside a UTF-8 sequence or a surrogate pair): RFC 2047 §5 wants each word decodable on its own.
     */
    static List<String> encodedWords(String text, int firstLineUsed) {
        List<String> words = new ArrayList<>();
        int fullBytes = (ENCODED_WORD - PREFIX.length() - SUFFIX.length()) / 4 * 3;
        // The first word shares its line with the header's name (folding never breaks before it): it gets what is left.
        int room = LINE - firstLineUsed - PREFIX.length() - SUFFIX.length();
        int maxBytes = Math.max(4, Math.min(fullBytes, room / 4 * 3));
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int size = utf8Length(cp);
                if (bytes + size > maxBytes) {
                    break;
                }
                bytes += size;
                end += Character.charCount(cp);
            }
            byte[] chunk = text.substring(start, end).getBytes(StandardCharsets.UTF_8);
            words.add(PREFIX + Base64.getEncoder().encodeToString(chunk) + SUFFIX);
            start = end;
            maxBytes = fullBytes;
        }
        return words;
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** {@code Name: } then the tokens separated by spaces, a CRLF and a space before any that would pass 78. */
    static String fold(String name, List<String> tokens) {
        requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + EmailAddress.shown(name) + "\" is not a header name");
        }
        StringBuilder field = new StringBuilder(name).append(':');
        int lineLength = field.length();
        for (String token : tokens) {
            if (lineLength + 1 + token.length() > LINE && lineLength > name.length() + 1) {
                field.append("\r\n");
                lineLength = 0;
            }
            field.append(' ').append(token);
            lineLength += 1 + token.length();
        }
        return field.toString();
    }
}
