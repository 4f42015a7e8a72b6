package io.singlepoint.cli.sla;

import java.time.DateTimeException;
import java.time.Instant;

import io.singlepoint.core.sla.IssueHistoryReader;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --now}: the timestamps an export holds, Jira's {@code +0100} form and ISO-8601 with {@code Z} or offset. */
final class InstantConverter implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        try {
            return IssueHistoryReader.parseTimestamp(value.trim());
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is not an instant: write ISO-8601 such as"
                    + " 2026-07-01T09:00:00Z or 2026-07-01T11:00:00+02:00, or Jira's 2026-07-01T11:00:00.000+0200");
        }
    }
}
