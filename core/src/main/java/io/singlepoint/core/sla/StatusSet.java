package io.singlepoint.core.sla;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Status names as an SLA configuration lists them. Membership ignores case; the names keep the spelling they were
 * written in.
 */
public final class StatusSet {

    public static final StatusSet NONE = new StatusSet(List.of());

    private final List<String> names;
    private final Set<String> normalized;

    private StatusSet(List<String> names) {
        this.names = names;
        this.normalized = new HashSet<>();
        names.forEach(name -> normalized.add(normalize(name)));
    }

    /** The given names, in order, without case-insensitive duplicates. */
    public static StatusSet of(List<String> names) {
        Set<String> seen = new HashSet<>();
        Set<String> unique = new LinkedHashSet<>();
        for (String name : names) {
            if (seen.add(normalize(name))) {
                unique.add(name);
            }
        }
        return new StatusSet(List.copyOf(unique));
    }

    public static StatusSet of(String... names) {
        return of(List.of(names));
    }

    /** The form names are compared in; {@link #containsNormalized} takes a name in this form. */
    public static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public List<String> names() {
        return names;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public boolean contains(String name) {
        return normalized.contains(normalize(name));
    }

    /** {@link #contains} for a name already {@linkplain #normalize normalized}: the engine's hot path. */
    boolean containsNormalized(String normalizedName) {
        return normalized.contains(normalizedName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusSet that && normalized.equals(that.normalized);
    }

    @Override
    public int hashCode() {
        return normalized.hashCode();
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
