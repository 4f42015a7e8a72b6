package io.singlepoint.cli.mail;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format} of {@code mail analyze}: who reads the output. */
enum MailFormat {
    /** People: a summary per mail. */
    TEXT,
    /** Programs: one analysis object per line. */
    JSON;

    /** The names as written on the command line, in lower case, which is how help lists them. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json").iterator();
        }
    }

    /** Reads a format in any case. */
    static final class Converter implements ITypeConverter<MailFormat> {
        @Override
        public MailFormat convert(String value) {
            for (MailFormat format : values()) {
                if (format.name().equalsIgnoreCase(value.trim())) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format: write text or json");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
