package io.singlepoint.core.notify;

/** HTML escaping for text and attribute values (quoted with {@code "} or {@code '}). */
public final class Html {

    private Html() {
    }

    /**
     * {@code text} safe between tags and inside a quoted attribute: {@code & < > " '} as entities, controls other
     * than tab and line breaks dropped. {@code null} is the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
