package io.singlepoint.core.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Message-IDs (RFC 5322 section 3.6.4) as the app compares them: the text between the angle brackets, without them,
 * as written (the left part is case-sensitive). Lenient: comments and anything between ids is skipped, and a header
 * without brackets is read as whitespace-separated ids that contain an {@code @}.
 */
public final class MessageIds {

    private static final int MAX_IDS = 100;
    private static final int MAX_LENGTH = 998;

    private MessageIds() {
    }

    /** The ids in a References or In-Reply-To value, in order, without duplicates; at most the last 100. */
    public static List<String> parse(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        int i = 0;
        boolean bracketed = value.indexOf('<') >= 0;
        if (bracketed) {
            while (i < value.length()) {
                int open = value.indexOf('<', i);
                if (open < 0) {
                    break;
                }
                int close = value.indexOf('>', open + 1);
                if (close < 0) {
                    break;
                }
                add(ids, value.substring(open + 1, close));
                i = close + 1;
            }
        } else {
            for (String token : value.trim().split("[\\s,]+")) {
                if (token.indexOf('@') > 0) {
                    add(ids, token);
                }
            }
        }
        return ids.size() > MAX_IDS ? List.copyOf(ids.subList(ids.size() - MAX_IDS, ids.size())) : ids;
    }

    /** The first id of a Message-ID value, or {@code null} if it holds none. */
    public static String first(String value) {
        List<String> ids = parse(value);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** An id or Content-ID without its angle brackets and whitespace. */
    static String strip(String value) {
        String v = value.trim();
        if (v.startsWith("<")) {
            v = v.substring(1);
        }
        int close = v.indexOf('>');
        if (close >= 0) {
            v = v.substring(0, close);
        }
        return v.trim();
    }

    private static void add(List<String> ids, String raw) {
        String id = raw.replaceAll("\\s+", "");
        if (!id.isEmpty() && id.length() <= MAX_LENGTH && !ids.contains(id)) {
            ids.add(id);
        }
    }
}
