package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One address of a From, To, Cc or Reply-To header: the display name (decoded) and the address in lower case.
 *
 * @param name    display name, {@code ""} if none
 * @param address {@code local@domain} in lower case; what the app compares
 */
public record Mailbox(String name, String address) {

    public Mailbox {
        requireNonNull(name, "name");
        requireNonNull(address, "address");
    }

    /**
     * The mailboxes of an address list header (RFC 5322 section 3.4), leniently: groups are flattened, names may be
     * unquoted or encoded words, a bare address or one in angle brackets, garbage without an {@code @} is dropped.
     * At most 200.
     */
    public static List<Mailbox> parseList(String value) {
        List<Mailbox> boxes = new ArrayList<>();
        if (value == null) {
            return boxes;
        }
        String text = ParameterizedValue.stripComments(value);
        int start = 0;
        boolean quoted = false;
        int angle = 0;
        for (int i = 0; i <= text.length() && boxes.size() < 200; i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            } else if (!quoted && angle == 0 && (c == ',' || c == ';' || c == ':' && !text.substring(start, i).contains("@"))) {
                if (c == ':') {
                    start = i + 1; // a group's name
                    continue;
                }
                Mailbox box = one(text.substring(start, i));
                if (box != null) {
                    boxes.add(box);
                }
                start = i + 1;
            }
        }
        return boxes;
    }

    /** The first mailbox of the header, or {@code null}. */
    public static Mailbox parseFirst(String value) {
        List<Mailbox> boxes = parseList(value);
        return boxes.isEmpty() ? null : boxes.get(0);
    }

    private static Mailbox one(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        int open = t.lastIndexOf('<');
        int close = open < 0 ? -1 : t.indexOf('>', open);
        String address;
        String name;
        if (open >= 0) {
            address = t.substring(open + 1, close < 0 ? t.length() : close);
            name = t.substring(0, open);
        } else {
            int at = t.indexOf('@');
            if (at < 0) {
                return null;
            }
            int from = t.lastIndexOf(' ', at) + 1;
            int to = t.indexOf(' ', at);
            address = t.substring(from, to < 0 ? t.length() : to);
            name = (t.substring(0, from) + (to < 0 ? "" : t.substring(to))).trim();
        }
        address = address.trim().replace("\"", "");
        if (address.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            address = address.substring(7);
        }
        if (address.indexOf('@') <= 0 || address.indexOf(' ') >= 0 || address.length() > 320) {
            return null;
        }
        return new Mailbox(cleanName(name), address.toLowerCase(Locale.ROOT));
    }

    private static String cleanName(String raw) {
        String n = EncodedWords.decode(raw.trim());
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
            n = n.substring(1, n.length() - 1);
        }
        n = n.replace("\\\"", "\"").replace("\"", "").trim();
        if (n.length() >= 2 && n.startsWith("'") && n.endsWith("'")) {
            n = n.substring(1, n.length() - 1).trim();
        }
        return n;
    }

    /** {@code Name <address>}, or the address alone. */
    @Override
    public String toString() {
        return name.isEmpty() ? address : name + " <" + address + ">";
    }
}
