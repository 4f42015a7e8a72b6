package io.singlepoint.core.mail;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * HTML mail as the plain text a mail client would quote: blocks become lines, {@code <blockquote>} (Gmail's
 * {@code gmail_quote}, Apple Mail's and Thunderbird's {@code type=cite}, Outlook's bordered one) becomes {@code > }
 * quoting, {@code <hr>} becomes Outlook's separator line, and signature blocks the clients mark (Gmail's
 * {@code gmail_signature}, Thunderbird's {@code moz-signature}, Outlook's {@code Signature} and mobile signature, iOS's
 * {@code AppleMailSignature}) are left out. Head, style, script and comments are skipped; entities decoded.
 *
 * <p>Each {@code <img src="cid:...">} leaves a {@linkplain #MARK_START marker} where it stood, so that what happens to
 * its line in reply extraction tells whether the image belongs to the new text; images inside a signature block are
 * listed in {@link Result#signatureCids()}. A tolerant tokenizer, not a DOM: unclosed and stray tags do no harm beyond
 * their own element.
 */
final class HtmlText {

    /** Starts a {@code cid:} image marker in the text; {@link #MARK_END} ends it. Private-use code points. */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';

    private static final Set<String> BLOCKS = Set.of("div", "p", "tr", "table", "ul", "ol", "li", "h1", "h2", "h3",
            "h4", "h5", "h6", "pre", "dl", "dt", "dd", "section", "article", "header", "footer", "center", "address",
            "form", "tbody", "thead", "body", "html", "fieldset", "figure", "main", "nav", "aside");
    private static final Set<String> SKIPPED = Set.of("style", "script", "title", "xml", "template", "noscript");

    /** The text and the Content-IDs of the images in signature blocks. */
    record Result(String text, Set<String> signatureCids) {
    }

    private final String html;
    private final StringBuilder out;
    private final Set<String> signatureCids = new LinkedHashSet<>();
    private int pos;
    private int depth;
    private boolean atLineStart = true;
    private boolean pendingSpace;
    private boolean pre;
    private boolean paragraphMargin;
    private String skipTag;
    private int skipNesting;

    private HtmlText(String html) {
        this.html = html;
        this.out = new StringBuilder(html.length() / 2);
    }

    static Result convert(String html) {
        HtmlText converter = new HtmlText(html);
        converter.run();
        return new Result(converter.out.toString(), Set.copyOf(converter.signatureCids));
    }

    private void run() {
        int n = html.length();
        while (pos < n) {
            char c = html.charAt(pos);
            if (c == '<' && pos + 1 < n) {
                tag();
            } else if (c == '&') {
                entity();
            } else {
                text(c);
                pos++;
            }
        }
    }

    private void tag() {
        char next = html.charAt(pos + 1);
        if (html.startsWith("<!--", pos)) {
            int end = html.indexOf("-->", pos + 4);
            pos = end < 0 ? html.length() : end + 3;
        } else if (next == '!' || next == '?') {
            int end = html.indexOf('>', pos);
            pos = end < 0 ? html.length() : end + 1;
        } else if (next == '/') {
            int nameEnd = nameEnd(pos + 2);
            String name = html.substring(pos + 2, nameEnd).toLowerCase(Locale.ROOT);
            int end = html.indexOf('>', nameEnd);
            pos = end < 0 ? html.length() : end + 1;
            endTag(name);
        } else if (Character.isLetter(next)) {
            startTag();
        } else {
            text('<');
            pos++;
        }
    }

    private void startTag() {
        int nameEnd = nameEnd(pos + 1);
        String name = html.substring(pos + 1, nameEnd).toLowerCase(Locale.ROOT);
        int i = nameEnd;
        String attrClass = null;
        String attrId = null;
        String attrSrc = null;
        String attrType = null;
        String attrSmart = null;
        int n = html.length();
        while (i < n && html.charAt(i) != '>') {
            char c = html.charAt(i);
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            int attrNameEnd = i;
            while (attrNameEnd < n && "=> \t\r\n/".indexOf(html.charAt(attrNameEnd)) < 0) {
                attrNameEnd++;
            }
            String attr = html.substring(i, attrNameEnd).toLowerCase(Locale.ROOT);
            i = attrNameEnd;
            while (i < n && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    char quote = html.charAt(i);
                    int close = html.indexOf(quote, i + 1);
                    close = close < 0 ? n : close;
                    value = html.substring(i + 1, close);
                    i = Math.min(n, close + 1);
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                    value = html.substring(start, i);
                }
            }
            switch (attr) {
                case "class" -> attrClass = value;
                case "id" -> attrId = value;
                case "src" -> attrSrc = value;
                case "type" -> attrType = value;
                case "data-smartmail" -> attrSmart = value;
                default -> { }
            }
        }
        pos = Math.min(n, i + 1);
        if (skipTag != null) {
            if (name.equals(skipTag)) {
                skipNesting++;
            }
            if (name.equals("img")) {
                String cid = cid(attrSrc);
                if (cid != null) {
                    signatureCids.add(cid);
                }
            }
            return;
        }
        if (SKIPPED.contains(name)) {
            skipRawText(name);
            return;
        }
        if (name.equals("head")) {
            skipHead();
            return;
        }
        if (isSignature(attrClass, attrId, attrSmart)) {
            skipTag = name;
            skipNesting = 1;
            return;
        }
        start(name, attrClass, attrSrc, attrType);
    }

    private void start(String name, String attrClass, String attrSrc, String attrType) {
        switch (name) {
            case "br" -> lineBreak();
            case "hr" -> {
                endLine();
                emit("________________________________");
                endLine();
            }
            case "blockquote" -> {
                endLine();
                depth++;
            }
            case "p" -> {
                endLine();
                // Outlook's MsoNormal paragraphs have no margin: its blank lines are paragraphs of their own.
                paragraphMargin = attrClass == null || !attrClass.toLowerCase(Locale.ROOT).startsWith("mso");
                if (paragraphMargin && out.length() > 0 && !endsWithBlankLine()) {
                    lineBreak();
                }
            }
            case "li" -> {
                endLine();
                emit("- ");
                pendingSpace = false;
            }
            case "td", "th" -> pendingSpace = !atLineStart;
            case "img" -> {
                String cid = cid(attrSrc);
                if (cid != null) {
                    emit(MARK_START + cid + MARK_END);
                }
            }
            default -> {
                if (name.equals("pre")) {
                    pre = true;
                }
                if (BLOCKS.contains(name)) {
                    endLine();
                }
            }
        }
    }

    private void endTag(String name) {
        if (skipTag != null) {
            if (name.equals(skipTag) && --skipNesting == 0) {
                skipTag = null;
                endLine();
            }
            return;
        }
        if (name.equals("blockquote")) {
            endLine();
            if (depth > 0) {
                depth--;
            }
        } else if (name.equals("pre")) {
            pre = false;
            endLine();
        } else if (name.equals("p") && paragraphMargin) {
            endLine();
            if (out.length() > 0 && !endsWithBlankLine()) {
                lineBreak();
            }
        } else if (BLOCKS.contains(name)) {
            endLine();
        }
    }

    private static boolean isSignature(String attrClass, String attrId, String smart) {
        if (smart != null && smart.equalsIgnoreCase("gmail_signature")) {
            return true;
        }
        if (attrClass != null) {
            String c = attrClass.toLowerCase(Locale.ROOT);
            if (c.contains("gmail_signature") || c.contains("moz-signature")) {
                return true;
            }
        }
        if (attrId != null) {
            String id = attrId.toLowerCase(Locale.ROOT);
            return id.equals("signature") || id.equals("x_signature") || id.startsWith("ms-outlook-mobile-signature")
                    || id.equals("applemailsignature") || id.equals("x_applemailsignature")
                    || id.startsWith("x_ms-outlook-mobile-signature");
        }
        return false;
    }

    private static String cid(String src) {
        if (src == null || src.length() < 5 || !src.regionMatches(true, 0, "cid:", 0, 4)) {
            return null;
        }
        String id = src.substring(4).trim();
        if (id.indexOf('%') >= 0) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (c == '%' && i + 2 < id.length() && EncodedWords.hex(id.charAt(i + 1)) >= 0
                        && EncodedWords.hex(id.charAt(i + 2)) >= 0) {
                    bytes.write(EncodedWords.hex(id.charAt(i + 1)) << 4 | EncodedWords.hex(id.charAt(i + 2)));
                    i += 2;
                } else {
                    bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            id = bytes.toString(StandardCharsets.UTF_8);
        }
        id = MessageIds.strip(id).replace(String.valueOf(MARK_START), "").replace(String.valueOf(MARK_END), "");
        return id.isEmpty() ? null : id;
    }

    private void skipRawText(String name) {
        int end = indexOfIgnoreCase("</" + name, pos);
        if (end < 0) {
            pos = html.length();
            return;
        }
        int close = html.indexOf('>', end);
        pos = close < 0 ? html.length() : close + 1;
    }

    private void skipHead() {
        int headEnd = indexOfIgnoreCase("</head", pos);
        int body = indexOfIgnoreCase("<body", pos);
        int end = headEnd < 0 ? body : body < 0 ? headEnd : Math.min(headEnd, body);
        if (end < 0) {
            return; // no end of head: read on rather than lose the mail
        }
        if (end == headEnd) {
            int close = html.indexOf('>', end);
            pos = close < 0 ? html.length() : close + 1;
        } else {
            pos = end;
        }
    }

    private int indexOfIgnoreCase(String needle, int from) {
        int n = html.length() - needle.length();
        for (int i = from; i <= n; i++) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < html.length() && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == ':'
                || html.charAt(i) == '-' || html.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private void entity() {
        int semi = html.indexOf(';', pos);
        if (semi > pos + 1 && semi - pos <= 12) {
            String name = html.substring(pos + 1, semi);
            int code = HtmlEntities.codePoint(name);
            if (code >= 0) {
                pos = semi + 1;
                if (code == 0xA0) {
                    emitRaw(' ');
                } else {
                    for (char ch : Character.toChars(code)) {
                        text(ch);
                    }
                }
                return;
            }
        }
        text('&');
        pos++;
    }

    private void text(char c) {
        if (skipTag != null) {
            return;
        }
        if (c == MARK_START || c == MARK_END || c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D') {
            return;
        }
        if (c == '\u00A0') {
            emitRaw(' ');
            return;
        }
        if (pre) {
            if (c == '\n') {
                lineBreak();
            } else if (c != '\r') {
                emitRaw(c);
            }
            return;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            pendingSpace = true;
            return;
        }
        if (pendingSpace && !atLineStart) {
            out.append(' ');
        }
        pendingSpace = false;
        emitRaw(c);
    }

    private void emit(String s) {
        if (pendingSpace && !atLineStart && skipTag == null) {
            out.append(' ');
        }
        pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            emitRaw(s.charAt(i));
        }
    }

    private void emitRaw(char c) {
        if (skipTag != null) {
            return;
        }
        if (atLineStart) {
            for (int i = 0; i < Math.min(depth, 20); i++) {
                out.append('>');
            }
            if (depth > 0) {
                out.append(' ');
            }
            atLineStart = false;
        }
        out.append(c);
    }

    /** Ends the current line if anything is on it. */
    private void endLine() {
        if (!atLineStart) {
            out.append('\n');
            atLineStart = true;
        }
        pendingSpace = false;
    }

    /** A {@code <br>}: ends the line, empty or not; an empty quoted line keeps its {@code >}. */
    private void lineBreak() {
        if (skipTag != null) {
            return;
        }
        if (atLineStart) {
            for (int i = 0; i < Math.min(depth, 20); i++) {
                out.append('>');
            }
        }
        out.append('\n');
        atLineStart = true;
        pendingSpace = false;
    }

    private boolean endsWithBlankLine() {
        int n = out.length();
        return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
    }

    /**
     * The charset a {@code <meta>} in the first 2 KB declares ({@code charset=...}), or {@code null}: for an HTML
     * part whose Content-Type has none.
     */
    static String declaredCharset(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int meta = head.indexOf("<meta");
        while (meta >= 0) {
            int end = head.indexOf('>', meta);
            if (end < 0) {
                return null;
            }
            String tag = head.substring(meta, end);
            int at = tag.indexOf("charset=");
            if (at >= 0) {
                int from = at + 8;
                while (from < tag.length() && (tag.charAt(from) == '"' || tag.charAt(from) == '\'')) {
                    from++;
                }
                int to = from;
                while (to < tag.length() && "\"'; />".indexOf(tag.charAt(to)) < 0) {
                    to++;
                }
                return to > from ? tag.substring(from, to) : null;
            }
            meta = head.indexOf("<meta", end);
        }
        return null;
    }
}
