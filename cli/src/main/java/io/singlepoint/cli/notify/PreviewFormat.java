package io.singlepoint.cli.notify;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format}: what the preview shows. */
enum PreviewFormat {
    /** People: who gets the mail and who not, then one mail's headers and text body. */
    TEXT,
    /** A browser: the HTML body of one mail. */
    HTML,
    /** A mail client: one whole mail as an RFC 5322 message. */
    EML;

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "html", "eml").iterator();
        }
    }

    static final class Converter implements ITypeConverter<PreviewFormat> {
        @Override
        public PreviewFormat convert(String value) {
            for (PreviewFormat format : values()) {
                if (format.name().equalsIgnoreCase(value.trim())) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format: write text, html or eml");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
