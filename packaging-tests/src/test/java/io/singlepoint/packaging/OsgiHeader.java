package io.singlepoint.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads OSGi manifest headers such as {@code Import-Package}: clauses, names and attributes, quotes respected. */
final class OsgiHeader {

    /** One clause: {@code a.b;c.d;version="[1,2)";resolution:=optional}. */
    record Clause(List<String> names, Map<String, String> attributes) {
    }

    private OsgiHeader() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    names.add(part.trim());
                } else {
                    // Directives keep their colon: "resolution:" for resolution:=optional.
                    attributes.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim().replace("\"", ""));
                }
            }
            clauses.add(new Clause(names, attributes));
        }
        return clauses;
    }

    /** All package names of a header, e.g. every package a bundle imports. */
    static List<String> names(String header) {
        return parse(header).stream().flatMap(c -> c.names().stream()).toList();
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
