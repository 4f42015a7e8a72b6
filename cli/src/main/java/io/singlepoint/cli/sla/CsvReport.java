package io.singlepoint.cli.sla;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.singlepoint.core.sla.Cycle;
import io.singlepoint.core.sla.SlaResult;

/**
 * {@code --format csv}: a header, then one row per cycle; a result without cycles ({@code NOT_STARTED}) gets one
 * row with the cycle's columns empty. RFC 4180: CRLF line ends, a field with a comma, quote or line break in quotes
 * with its quotes doubled. Columns are the result JSON's names; instants ISO-8601 in UTC; durations in milliseconds.
 */
final class CsvReport implements Report {

    static final String HEADER = "issue,sla,state,cycle,start,stop,elapsedMillis,pausedMillis,targetMillis,breached,"
            + "breachAt";

    private final Sink sink;

    CsvReport(Sink sink) throws IOException {
        this.sink = sink;
        sink.buffer().append(HEADER).append("\r\n");
        sink.written();
    }

    @Override
    public void add(SlaResult result) throws IOException {
        StringBuilder out = sink.buffer();
        List<Cycle> cycles = result.cycles();
        if (cycles.isEmpty()) {
            prefix(out, result).append(",,,,,,,\r\n");
        }
        for (int i = 0; i < cycles.size(); i++) {
            Cycle cycle = cycles.get(i);
            prefix(out, result).append(i + 1).append(',');
            instant(out, cycle.start()).append(',');
            instant(out, cycle.stop()).append(',');
            out.append(cycle.elapsedMillis()).append(',').append(cycle.pausedMillis()).append(',');
            if (cycle.targetMillis() != null) {
                out.append(cycle.targetMillis().longValue());
            }
            out.append(',').append(cycle.breached()).append(',');
            instant(out, cycle.breachAt()).append("\r\n");
        }
        sink.written();
    }

    @Override
    public void finish() throws IOException {
        sink.flush();
    }

    private static StringBuilder prefix(StringBuilder out, SlaResult result) {
        field(out, result.issue()).append(',');
        field(out, result.sla()).append(',');
        return out.append(result.state().name()).append(',');
    }

    private static StringBuilder instant(StringBuilder out, Instant instant) {
        return instant == null ? out : out.append(instant);
    }

    /** A field as RFC 4180 writes it: as it is, or quoted with quotes doubled if it holds a comma, quote or break. */
    static StringBuilder field(StringBuilder out, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            return out.append(value);
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }
}
