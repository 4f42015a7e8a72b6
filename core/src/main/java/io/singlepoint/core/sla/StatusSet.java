package io.singlepoint.core.sla;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Status names as an SLA configuration lists them. Membership ignores case as {@link String#equalsIgnoreCase} does;
 * the names keep the spelling they were written in.
 */
public final class StatusSet {

    public static final StatusSet NONE = new StatusSet(List.of(), new String[0]);

    private final List<String> names;
    /** {@link #key}s of {@link #names}: few, and compared by identity. */
    private final String[] keys;
    /** The {@link StatusIds} of {@link #keys} as a bit set: the engine's membership test is one array lookup. */
    private final long[] ids;

    private StatusSet(List<String> names, String[] keys) {
        this.names = names;
        this.keys = keys;
        int[] numbers = Arrays.stream(keys).mapToInt(StatusIds::of).toArray();
        this.ids = new long[(Arrays.stream(numbers).max().orElse(-1) >> 6) + 1];
        for (int id : numbers) {
            ids[id >> 6] |= 1L << id;
        }
    }

    /** The given names, in order, without case-insensitive duplicates. */
    public static StatusSet of(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            byKey.putIfAbsent(key(name), name);
        }
        return new StatusSet(List.copyOf(byKey.values()), byKey.keySet().toArray(String[]::new));
    }

    public static StatusSet of(String... names) {
        return of(List.of(names));
    }

    /**
     * The form status names are compared in: {@linkplain #fold case-folded}, and one instance per distinct name so
     * that two keys are equal exactly when they are the same object.
     */
    static String key(String name) {
        return fold(name).intern();
    }

    /**
     * Each character as {@code toLowerCase(toUpperCase(c))}: two names fold alike exactly when
     * {@link String#equalsIgnoreCase} holds, which is how goals compare field values, so statuses and fields agree
     * (unlike {@code toLowerCase(Locale.ROOT)}, which turns "İ" into two characters).
     */
    static String fold(String name) {
        char[] chars = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char folded = Character.toLowerCase(Character.toUpperCase(c));
            if (folded != c) {
                if (chars == null) {
                    chars = name.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? name : new String(chars);
    }

    public List<String> names() {
        return names;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public boolean contains(String name) {
        return containsKey(key(name));
    }

    /** {@link #contains} for a {@link #key}. */
    boolean containsKey(String key) {
        for (String candidate : keys) {
            if (candidate == key) {
                return true;
            }
        }
        return false;
    }

    /** {@link #containsKey} for the {@link StatusIds} number of a key; any non-negative number may be asked. */
    boolean containsId(int id) {
        int word = id >> 6;
        return word < ids.length && (ids[word] & 1L << id) != 0;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof StatusSet that) || keys.length != that.keys.length) {
            return false;
        }
        for (String key : keys) {
            if (!that.containsKey(key)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        String[] sorted = keys.clone();
        Arrays.sort(sorted);
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
