package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

/**
 * Text fit to be a header's value, such as a subject made from an issue's summary: one line, no control character,
 * at most {@value #MAX_LENGTH} characters. Whatever the text it is made from, it cannot end its header or start
 * another: CR, LF, every other C0 and C1 control, NEL and the Unicode line and paragraph separators become spaces,
 * runs of white space one space, lone surrogates U+FFFD; longer text is cut, ending in {@code …}. Non-ASCII text stays
 * as it is here; {@link MailHeaders} encodes it (RFC 2047) when it writes the header.
 *
 * @param text the value; the constructor refuses text that is not already fit, {@link #of} makes it fit
 */
public record HeaderValue(String text) {

    /** Long enough for any subject people read; RFC 5322's line limit is never reached after folding. */
    public static final int MAX_LENGTH = 250;

    public HeaderValue {
        requireNonNull(text, "text");
        if (!text.equals(oneLine(text, MAX_LENGTH))) {
            throw new IllegalArgumentException("\"" + EmailAddress.shown(text) + "\" is not a one-line header value;"
                    + " make one with HeaderValue.of");
        }
    }

    /** {@code text} made fit, as the class comment says. */
    public static HeaderValue of(String text) {
        return new HeaderValue(oneLine(requireNonNull(text, "text"), MAX_LENGTH));
    }

    /**
     * {@code text} on one line: controls and line breaks as spaces, white space collapsed and stripped, lone surrogates
     * as U+FFFD, cut to {@code max} characters (the last being {@code …}) without splitting a surrogate pair.
     */
    static String oneLine(String text, int max) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && line.length() <= max; i++) {
            char c = text.charAt(i);
            if (isBreaking(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = line.length() > 0;
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                line.append(c).append(text.charAt(++i));
            } else {
                line.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        if (line.length() <= max) {
            return line.toString();
        }
        int cut = max - 1;
        if (Character.isLowSurrogate(line.charAt(cut)) && Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut).stripTrailing() + "…";
    }

    /** Whether {@code text} holds a character that could end a header line or is otherwise a control. */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBreaking(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreaking(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    @Override
    public String toString() {
        return text;
    }
}
