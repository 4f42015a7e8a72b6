package io.singlepoint.jira.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back text that a template engine HTML-escaped: numeric references ({@code &#252;}, {@code &#xFC;}) and the
 * named ones of HTML 4 ({@code &uuml;}); anything else stays as it is. Jira's renderer escapes references in every
 * template; a text body must show the summary "A &amp; B" as "A & B".
 */
final class HtmlEntities {

    private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,9}));");
    private static final Map<String, Integer> NAMED = load();

    private HtmlEntities() {
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            Integer code = m.group(1) != null ? Integer.valueOf(m.group(1))
                    : m.group(2) != null ? Integer.valueOf(m.group(2), 16) : NAMED.get(m.group(3));
            String replacement = code != null && Character.isValidCodePoint(code) && code != 0
                    ? new String(Character.toChars(code)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Integer> load() {
        Properties properties = new Properties();
        try (InputStream in = HtmlEntities.class.getResourceAsStream("html-entities.properties")) {
            if (in == null) {
                throw new IllegalStateException("html-entities.properties is missing from the app");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> named = new HashMap<>();
        properties.forEach((name, code) -> named.put((String) name, Integer.valueOf((String) code)));
        return Map.copyOf(named);
    }
}
