package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A header block as read: fields in their order, names as written, values unfolded (RFC 5322 section 2.2.3: the line
 * breaks of folding removed, the whitespace kept) and not yet decoded. Names compare ignoring ASCII case.
 */
public record Headers(List<Field> fields) {

    /** One field. */
    public record Field(String name, String value) {
        public Field {
            requireNonNull(name, "name");
            requireNonNull(value, "value");
        }
    }

    public static final Headers NONE = new Headers(List.of());

    public Headers {
        fields = List.copyOf(fields);
    }

    /** The first value of the field {@code name}, trimmed; {@code null} if there is none. */
    public String first(String name) {
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                return field.value().trim();
            }
        }
        return null;
    }

    /** Every value of the field {@code name}, trimmed, in order. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>(2);
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                values.add(field.value().trim());
            }
        }
        return values;
    }

    /** Whether the field {@code name} is present. */
    public boolean has(String name) {
        return first(name) != null;
    }
}
