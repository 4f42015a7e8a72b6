package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new text of a reply: quoted history and signatures removed, inline answers kept.
 *
 * <ul>
 *   <li>A quote header ("On ... wrote:" and its translations, {@code -----Original Message-----}, Outlook's
 *       From/Sent/To/Subject block, Lotus Notes' line) followed by unquoted text is Outlook-style history: the text
 *       is cut there. Followed by {@code >} quoting, the header line goes and the quoting is treated as below.</li>
 *   <li>Quoted lines ({@code >}) are dropped, except that an answer written between them is kept: when the mail
 *       holds text before its quoting and an answer after it, or several answers, each answer keeps the quoted lines
 *       directly above it (at most {@link ReplyRules#contextLines()}) as {@code > ...}.</li>
 *   <li>A signature ({@code -- }, a phone's "Sent from my iPhone" in the seven languages, a configured pattern) runs
 *       to the next quoted line or the end, and goes.</li>
 *   <li>A forwarded message (the caller says so from the subject, or a forward marker comes before any quote header)
 *       is kept whole: the forwarded text is the point of the mail.</li>
 * </ul>
 * Lines are trimmed at the end, runs of blank lines become one, leading and trailing blank lines go. Extracting from
 * the result again changes nothing. Linear in the text: every pattern is anchored and bounded.
 */
public final class ReplyExtractor {

    private static final Pattern QUOTE_PREFIX = Pattern.compile("^[ \\t]*(>[ \\t]?)+");
    private static final int MAX_HEADER_LINE = 400;
    private static final int MIN_WRAPPED = 30;
    private static final int MAX_PASSES = 4;

    private final ReplyRules rules;

    public ReplyExtractor(ReplyRules rules) {
        this.rules = requireNonNull(rules, "rules");
    }

    /** The new text of a reply. */
    public String extract(String text) {
        return extract(text, false);
    }

    /** The new text; a {@code forwarded} mail keeps the forwarded message. */
    public String extract(String text, boolean forwarded) {
        List<String> lines = normalize(text);
        if (forwarded || forwardComesFirst(lines)) {
            return finish(lines);
        }
        String result = finish(answers(withoutHistoryHeaders(lines)));
        // Dropping a signature or a header can put what is left next to quoting it was not next to before; clean
        // again until nothing changes (twice at most in practice), so that cleaning the result changes nothing.
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<String> again = normalize(result);
            if (forwardComesFirst(again)) {
                break;
            }
            String next = finish(answers(withoutHistoryHeaders(again)));
            if (next.equals(result)) {
                break;
            }
            result = next;
        }
        return result;
    }

    /** Removes quote headers followed by quoting, and cuts at the first followed by unquoted history. */
    private static List<String> withoutHistoryHeaders(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (quoted(line) || line.isEmpty()) {
                kept.add(line);
                i++;
                continue;
            }
            int end = headerEnd(lines, i);
            if (end < 0) {
                kept.add(line);
                i++;
                continue;
            }
            int next = nextNonBlank(lines, end);
            if (next < 0 || !quoted(lines.get(next))) {
                // Outlook-style history: no quoting follows, everything from here on is the old mail.
                while (!kept.isEmpty() && (kept.get(kept.size() - 1).isEmpty()
                        || QuoteHeaders.SEPARATOR.matcher(kept.get(kept.size() - 1)).matches())) {
                    kept.remove(kept.size() - 1);
                }
                return kept;
            }
            i = end;
        }
        return kept;
    }

    /** The index after the quote header starting at line {@code i}, or -1 if none starts there. */
    private static int headerEnd(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.length() > MAX_HEADER_LINE) {
            return -1;
        }
        if (QuoteHeaders.ORIGINAL_MESSAGE.matcher(line).matches() || QuoteHeaders.LOTUS.matcher(line).matches()) {
            return i + 1;
        }
        if (QuoteHeaders.FROM_LABEL.matcher(line).matches()) {
            int labels = 0;
            int last = i;
            // the next 8 lines that are not blank: blank lines, which cleaning collapses, do not move the window
            for (int j = i + 1, seen = 0; j < lines.size() && seen < 8; j++) {
                if (lines.get(j).isEmpty()) {
                    continue;
                }
                seen++;
                if (QuoteHeaders.OTHER_LABEL.matcher(lines.get(j)).matches()) {
                    labels++;
                    last = j;
                }
            }
            if (labels >= 2) {
                return last + 1;
            }
        }
        StringBuilder joined = new StringBuilder(line);
        for (int j = i; j < Math.min(lines.size(), i + 3); j++) {
            if (j > i) {
                String more = lines.get(j);
                // Clients wrap a long attribution ("... Service Desk <\nservicedesk@example.com> wrote:"); a short
                // line before it is text of its own ("Regards" / "Jonas").
                if (more.isEmpty() || quoted(more) || joined.length() < MIN_WRAPPED
                        || joined.length() + more.length() > MAX_HEADER_LINE) {
                    break;
                }
                joined.append(' ').append(more);
            }
            if (joined.charAt(joined.length() - 1) != ':') {
                continue;
            }
            String candidate = joined.toString().strip();
            for (Pattern attribution : QuoteHeaders.ATTRIBUTIONS) {
                if (attribution.matcher(candidate).matches()) {
                    return j + 1;
                }
            }
            int next = nextNonBlank(lines, j + 1);
            if (next >= 0 && quoted(lines.get(next)) && QuoteHeaders.BARE_ATTRIBUTION.matcher(candidate).matches()) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean forwardComesFirst(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || quoted(line) || line.length() > MAX_HEADER_LINE) {
                continue;
            }
            for (Pattern forward : QuoteHeaders.FORWARDS) {
                if (forward.matcher(line).matches()) {
                    return true;
                }
            }
            if (headerEnd(lines, i) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Drops quoted lines and signatures; keeps answers, with context when they are inline. */
    private List<String> answers(List<String> lines) {
        boolean textBeforeQuote = false;
        boolean sawQuote = false;
        int answerBlocks = 0;
        boolean inSignature = false;
        boolean pendingQuote = false;
        for (String line : lines) {
            if (quotedWithText(line)) {
                sawQuote = true;
                pendingQuote = true;
                inSignature = false;
            } else if (!blank(line) && !inSignature) {
                if (isSignature(line)) {
                    inSignature = true;
                } else if (!sawQuote) {
                    textBeforeQuote = true;
                } else if (pendingQuote) {
                    answerBlocks++;
                    pendingQuote = false;
                }
            }
        }
        boolean withContext = rules.contextLines() > 0 && (answerBlocks >= 2 || answerBlocks == 1 && textBeforeQuote);

        List<String> out = new ArrayList<>(lines.size());
        List<String> quote = new ArrayList<>();
        inSignature = false;
        for (String line : lines) {
            if (quotedWithText(line)) {
                quote.add(line);
                inSignature = false;
                continue;
            }
            if (inSignature) {
                continue;
            }
            if (quoted(line) && !quote.isEmpty()) {
                quote.add(line); // an empty quoted line: a paragraph break that ends the context above an answer
                continue;
            }
            if (blank(line)) {
                if (quote.isEmpty()) {
                    out.add("");
                }
                continue;
            }
            if (isSignature(line)) {
                inSignature = true;
                continue;
            }
            if (!quote.isEmpty()) {
                if (withContext) {
                    out.addAll(context(quote));
                }
                quote.clear();
            }
            out.add(line);
        }
        return out;
    }

    /** An empty line, or a quote marker with nothing after it: neither text nor quote. */
    private static boolean blank(String line) {
        return line.isEmpty() || quoted(line) && QUOTE_PREFIX.matcher(line).replaceFirst("").isBlank();
    }

    private static boolean quotedWithText(String line) {
        return quoted(line) && !blank(line);
    }

    /** The last quoted lines above an answer, each as {@code > text}. */
    private List<String> context(List<String> quote) {
        List<String> context = new ArrayList<>();
        for (int i = quote.size() - 1; i >= 0 && context.size() < rules.contextLines(); i--) {
            String text = QUOTE_PREFIX.matcher(quote.get(i)).replaceFirst("").strip();
            if (text.isEmpty()) {
                if (context.isEmpty()) {
                    continue;
                }
                break;
            }
            context.add(0, "> " + text);
        }
        return context;
    }

    private boolean isSignature(String line) {
        if (line.equals("--") || line.equals("-- ")) {
            return true;
        }
        if (line.length() <= 100 && QuoteHeaders.MOBILE_SIGNATURE.matcher(line.strip()).matches()) {
            return true;
        }
        for (Pattern start : rules.signatureStarts()) {
            if (start.matcher(line.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return false;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Lines without line-break variants, zero-width characters, no-break spaces or trailing whitespace. */
    static List<String> normalize(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            // Most lines need nothing but their end found: copy those in one piece, the others char by char.
            int end = start;
            boolean plain = true;
            while (end < length) {
                char c = text.charAt(end);
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    break;
                }
                plain &= c >= ' ' && c < 0x7f || c == '\t' || c > 0xff && !special(c);
                end++;
            }
            if (plain) {
                line.append(text, start, end);
            } else {
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                        line.append(' ');
                    } else if (c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\uFEFF' && c != '\u00AD'
                            && (c >= ' ' || c == '\t')) {
                        line.append(c);
                    }
                }
            }
            lines.add(stripTrailing(line));
            line.setLength(0);
            if (end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return lines;
    }

    /** Characters above Latin-1 that {@link #normalize} replaces or drops. */
    private static boolean special(char c) {
        return c == '\u202F' || c == '\u2007' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
    }

    private static String stripTrailing(StringBuilder line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    /** Runs of blank lines become one; no blank line first or last. */
    private static String finish(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blank = out.length() > 0;
                continue;
            }
            if (blank) {
                out.append('\n');
                blank = false;
            }
            out.append(line).append('\n');
        }
        int end = out.length();
        return end == 0 ? "" : out.substring(0, end - 1);
    }
}
