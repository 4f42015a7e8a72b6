package io.singlepoint.core.sla;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes an {@link SlaResult} as DESIGN.md's SLA result JSON on one line, and reads it back:
 * {@code {"issue":"SD-1","sla":"ttr","state":"RUNNING","cycles":[{"start":"2026-03-02T09:00:00Z","stop":null,
 * "elapsedMillis":3600000,"pausedMillis":0,"targetMillis":14400000,"breached":false,"breachAt":"..."}]}}.
 *
 * <p>Properties come in that order; instants are written as {@link Instant#toString()} writes them (ISO-8601, UTC,
 * {@code Z}); absent values are {@code null}. Strings are escaped as JSON requires: quote, backslash and control
 * characters; other characters, non-ASCII included, are written as they are. The text holds no line break, so a
 * stream of results is JSON Lines. Written by hand into the caller's buffer: a replay writes millions of these.
 */
public final class SlaResultJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final long MILLIS_PER_DAY = 86_400_000L;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: between them an instant is written by hand. */
    private static final long FIRST_HAND_WRITTEN = -62_167_219_200_000L;
    private static final long END_HAND_WRITTEN = 253_402_300_800_000L;

    private SlaResultJson() {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Reads back what {@link #write} wrote: the stored cycles of a result.
     *
     * @throws IllegalArgumentException if the text is not an SLA result, naming what is wrong
     */
    public static SlaResult read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an SLA result: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not an SLA result: " + json);
        }
        try {
            List<Cycle> cycles = new ArrayList<>();
            for (JsonNode cycle : root.path("cycles")) {
                cycles.add(new Cycle(instant(cycle, "start"), instant(cycle, "stop"),
                        cycle.path("elapsedMillis").asLong(), cycle.path("pausedMillis").asLong(),
                        cycle.path("targetMillis").isNumber() ? cycle.path("targetMillis").asLong() : null,
                        cycle.path("breached").asBoolean(), instant(cycle, "breachAt")));
            }
            return new SlaResult(root.path("issue").asText(), root.path("sla").asText(),
                    SlaState.valueOf(root.path("state").asText()), cycles);
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            // A record's validation, an unknown state, a missing start, or a date that is none.
            throw new IllegalArgumentException("not an SLA result: " + json, e);
        }
    }

    private static Instant instant(JsonNode cycle, String field) {
        JsonNode value = cycle.path(field);
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }

    /** The result as one line of JSON, without a line break. */
    public static String write(SlaResult result) {
        return append(new StringBuilder(256), result).toString();
    }

    /** Appends the result as one line of JSON, without a line break, to {@code out}; returns {@code out}. */
    public static StringBuilder append(StringBuilder out, SlaResult result) {
        out.append("{\"issue\":");
        string(out, result.issue());
        out.append(",\"sla\":");
        string(out, result.sla());
        out.append(",\"state\":\"").append(result.state().name()).append("\",\"cycles\":[");
        List<Cycle> cycles = result.cycles();
        for (int i = 0; i < cycles.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            cycle(out, cycles.get(i));
        }
        return out.append("]}");
    }

    private static void cycle(StringBuilder out, Cycle cycle) {
        out.append("{\"start\":");
        instant(out, cycle.start());
        out.append(",\"stop\":");
        instant(out, cycle.stop());
        out.append(",\"elapsedMillis\":").append(cycle.elapsedMillis());
        out.append(",\"pausedMillis\":").append(cycle.pausedMillis());
        out.append(",\"targetMillis\":");
        if (cycle.targetMillis() == null) {
            out.append("null");
        } else {
            out.append(cycle.targetMillis().longValue());
        }
        out.append(",\"breached\":").append(cycle.breached());
        out.append(",\"breachAt\":");
        instant(out, cycle.breachAt());
        out.append('}');
    }

    /** A JSON string: quote, backslash and C0 controls escaped, everything else as it is. */
    static void string(StringBuilder out, String text) {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, plain, text.length()).append('"');
    }

    /** {@code "<Instant.toString()>"}, or {@code null}. */
    static void instant(StringBuilder out, Instant instant) {
        if (instant == null) {
            out.append("null");
            return;
        }
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_HAND_WRITTEN / 1000 || seconds >= END_HAND_WRITTEN / 1000
                || instant.getNano() % 1_000_000 != 0) {
            out.append('"').append(instant).append('"');
            return;
        }
        long millis = seconds * 1000 + instant.getNano() / 1_000_000;
        long day = Math.floorDiv(millis, MILLIS_PER_DAY);
        int ofDay = (int) Math.floorMod(millis, MILLIS_PER_DAY);
        out.append('"');
        date(out, day);
        out.append('T');
        two(out, ofDay / 3_600_000).append(':');
        two(out, ofDay / 60_000 % 60).append(':');
        two(out, ofDay / 1000 % 60);
        int fraction = ofDay % 1000;
        if (fraction != 0) {
            out.append('.').append((char) ('0' + fraction / 100)).append((char) ('0' + fraction / 10 % 10))
                    .append((char) ('0' + fraction % 10));
        }
        out.append("Z\"");
    }

    /** {@code yyyy-MM-dd} of an epoch day in 0000 to 9999 (Howard Hinnant's civil_from_days). */
    private static void date(StringBuilder out, long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        out.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10))
                .append((char) ('0' + year / 10 % 10)).append((char) ('0' + year % 10)).append('-');
        two(out, month).append('-');
        two(out, day);
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
