package io.singlepoint.cli.sla;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format}: who reads the output. */
enum Format {
    /** People: a summary per SLA and the worst breaches. */
    TABLE,
    /** Programs: one SLA result object (DESIGN.md) per line, per issue and SLA. */
    JSON,
    /** Spreadsheets: one row per cycle. */
    CSV;

    /** The names as written on the command line, in lower case, which is how help lists them. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("table", "json", "csv").iterator();
        }
    }

    /** Reads a format in any case. */
    static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(value.trim())) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format: write table, json or csv");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
