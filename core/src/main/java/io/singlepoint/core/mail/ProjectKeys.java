package io.singlepoint.core.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jira projects whose issue keys a subject may name: {@code [SD-12]}, {@code RE: SD-12 printer}, {@code SD-12:}.
 * A key is the project key, a hyphen and a number without leading zero, not glued to letters or digits on either
 * side; it is read ignoring case and given in upper case. Keys of other projects are not keys.
 *
 * @param keys the configured project keys, upper case
 * @param any  {@link #ANY}: every key-shaped word of capitals counts, for previews where no project is configured
 */
public record ProjectKeys(Set<String> keys, boolean any) {

    /** For previews only: any upper-case key-shaped word except a few well-known non-keys (UTF-8, ISO-8859). */
    public static final ProjectKeys ANY = new ProjectKeys(Set.of(), true);

    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final Pattern KEY = Pattern.compile("(?<![\\p{L}\\p{N}_-])(\\p{L}[\\p{L}\\p{N}_]{0,254})-([1-9][0-9]{0,9})"
            + "(?![\\p{L}\\p{N}])");
    private static final Set<String> NOT_PROJECTS = Set.of("UTF", "ISO", "RFC", "CVE", "SHA", "MD", "WIN", "CP",
            "COVID", "MP", "A", "X", "KB", "IEC", "DIN", "EN", "GMT", "UTC");

    public ProjectKeys {
        Set<String> upper = new TreeSet<>();
        for (String key : keys) {
            String k = key.trim().toUpperCase(Locale.ROOT);
            if (!PROJECT.matcher(k).matches()) {
                throw new IllegalArgumentException("\"" + key + "\" is no Jira project key: a letter, then letters,"
                        + " digits or _");
            }
            upper.add(k);
        }
        keys = Set.copyOf(upper);
    }

    /** These projects. */
    public static ProjectKeys of(Collection<String> keys) {
        return new ProjectKeys(Set.copyOf(keys), false);
    }

    /** The issue keys in {@code subject}, in order, each once. */
    public List<String> find(String subject) {
        List<String> found = new ArrayList<>();
        if (subject == null || !any && keys.isEmpty()) {
            return found;
        }
        Matcher m = KEY.matcher(subject.length() > 1000 ? subject.substring(0, 1000) : subject);
        while (m.find() && found.size() < 20) {
            String project = m.group(1);
            String upper = project.toUpperCase(Locale.ROOT);
            boolean counts = any ? project.equals(upper) && PROJECT.matcher(upper).matches()
                    && !NOT_PROJECTS.contains(upper) : keys.contains(upper);
            String key = upper + "-" + m.group(2);
            if (counts && !found.contains(key)) {
                found.add(key);
            }
        }
        return found;
    }
}
