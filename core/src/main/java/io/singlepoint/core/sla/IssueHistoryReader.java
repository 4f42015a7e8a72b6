package io.singlepoint.core.sla;

import static java.util.Objects.requireNonNull;

import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads issue histories as Jira's REST search returns them with {@code expand=changelog} (DESIGN.md, "Issue history
 * input"), one {@link IssueTimeline} at a time, streaming: memory holds one issue, whatever the size of the input.
 *
 * <p>The input is one search response {@code {"startAt":0,...,"issues":[...]}}, several of them one after another
 * (whitespace between, as pages fetched in a loop and appended to one file), or a JSON array of issues. Of an issue it
 * keeps the {@code key}, {@code fields.created}, {@code fields.status.name}, the fields goals match on, and the
 * changelog items whose {@code field} is {@code "status"}, each at its history's {@code created}; everything else is
 * skipped unread. A field's values follow DESIGN.md: an object gives its {@code name}, else its {@code value}; a string
 * or other scalar itself; an array each element; {@code null} nothing. Timestamps are Jira's
 * ({@code 2026-11-03T10:15:30.000+0100}) or ISO-8601 ({@code ...Z}, {@code ...+01:00}).
 *
 * <p>Not thread-safe. {@link #close()} closes the parser but not the stream, which belongs to the caller.
 *
 * @see IssueTimeline#fromHistory
 */
public final class IssueHistoryReader implements Iterator<IssueTimeline>, Closeable {

    // Names are compared with equals, so interning them buys nothing; an export with many distinct names (custom
    // fields, or hostile input) would fill the JVM's string table. A flood of colliding names must not fail with an
    // IllegalStateException either: only IssueHistoryException leaves for bad input.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
            .build()
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    /** How much of a value a message quotes, and how much of the parser's own explanation it keeps. */
    private static final int MAX_VALUE = 60;
    private static final int MAX_REASON = 200;

    /** Where the reader is in the input's layout. */
    private enum Where { TOP, RESPONSE, RESPONSE_ISSUES, ARRAY_ISSUES, END }

    private final JsonParser parser;
    private final String source;
    private final Set<String> fields;

    private Where where = Where.TOP;
    private boolean started;
    private IssueTimeline pending;
    private long issuesRead;
    private JsonLocation responseStart;
    private boolean responseHasIssues;
    private String responseError;
    private String lastKey;
    private long truncatedChangelogs;
    private String firstTruncatedChangelog;

    // The issue being read.
    private String key;
    private long created;
    private String status;
    private List<StatusChange> changes;
    private Map<String, List<String>> fieldValues;
    private boolean changelogCut;
    // The history being read.
    private final List<String[]> historyItems = new ArrayList<>(2);

    private IssueHistoryReader(JsonParser parser, String source, Set<String> fields) {
        this.parser = parser;
        this.source = source;
        this.fields = Set.copyOf(fields);
    }

    /**
     * A reader of {@code in}.
     *
     * @param source what {@code in} is, as the user named it: error messages start with it
     * @param fields the field ids whose values goals match on ({@link SlaConfig#matchedFields()}); others are skipped
     * @throws IssueHistoryException if the input does not start like JSON in a known encoding
     */
    public static IssueHistoryReader open(InputStream in, String source, Set<String> fields) {
        requireNonNull(in, "in");
        requireNonNull(source, "source");
        try {
            return new IssueHistoryReader(FACTORY.createParser(in), source, fields);
        } catch (CharConversionException e) {
            throw new IssueHistoryException(source, null, 1, 1,
                    "not JSON text: " + shown(e.getMessage(), MAX_REASON));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The instant of a timestamp written as this reader reads them: Jira's {@code 2026-11-03T10:15:30.000+0100} or
     * ISO-8601's {@code 2026-11-03T09:15:30Z} and {@code 2026-11-03T10:15:30+01:00}, to the millisecond. For a
     * command line's "now", so that it takes what the export holds.
     *
     * @throws DateTimeException if the text is neither, or its year is outside 0001 to 9999
     */
    public static Instant parseTimestamp(String text) {
        return JiraTimestamps.parse(requireNonNull(text, "text"));
    }

    /**
     * @throws IssueHistoryException if the input is not what Jira's search returns, at the first thing wrong
     * @throws UncheckedIOException  if the stream cannot be read
     */
    @Override
    public boolean hasNext() {
        if (pending == null && where != Where.END) {
            pending = advance();
        }
        return pending != null;
    }

    /** The next issue's timeline; see {@link #hasNext()} for what it throws. */
    @Override
    public IssueTimeline next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more issues in " + source);
        }
        IssueTimeline next = pending;
        pending = null;
        return next;
    }

    /** How many issues have been read so far. */
    public long issuesRead() {
        return issuesRead;
    }

    /**
     * How many issues so far had a changelog with fewer histories than its {@code total}: Jira cut it, and their SLAs
     * miss the status changes it left out.
     */
    public long truncatedChangelogs() {
        return truncatedChangelogs;
    }

    /** The key of the first issue with a cut changelog, or {@code null}. */
    public String firstTruncatedChangelog() {
        return firstTruncatedChangelog;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot close: " + e.getMessage(), e);
        }
    }

    private IssueTimeline advance() {
        try {
            IssueTimeline timeline = layout();
            if (timeline != null) {
                issuesRead++;
                lastKey = timeline.key();
            }
            return timeline;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            where = Where.END;
            throw failure(at, "not valid JSON: " + shown(e.getOriginalMessage(), MAX_REASON));
        } catch (CharConversionException e) {
            where = Where.END;
            throw failure(parser.currentLocation(), "not valid text: " + shown(e.getMessage(), MAX_REASON));
        } catch (IssueHistoryException e) {
            where = Where.END;
            throw e;
        } catch (IOException e) {
            where = Where.END;
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Walks the layout around the issues up to the next issue, which it reads; {@code null} at the end. */
    private IssueTimeline layout() throws IOException {
        while (true) {
            switch (where) {
                case TOP -> top(parser.nextToken());
                case RESPONSE -> responseField(parser.nextFieldName());
                case RESPONSE_ISSUES, ARRAY_ISSUES -> {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.START_OBJECT) {
                        return issue();
                    }
                    if (token != JsonToken.END_ARRAY) {
                        throw failure(parser.currentTokenLocation(), "an issue is an object with key, fields and"
                                + " changelog, not " + describe(token));
                    }
                    where = where == Where.RESPONSE_ISSUES ? Where.RESPONSE : Where.TOP;
                }
                case END -> {
                    return null;
                }
            }
        }
    }

    private void top(JsonToken token) {
        if (token == null) {
            if (!started) {
                throw failure(parser.currentLocation(), "empty: expected a Jira search response"
                        + " {\"issues\": [...]} or a list of issues");
            }
            where = Where.END;
            return;
        }
        started = true;
        if (token == JsonToken.START_OBJECT) {
            where = Where.RESPONSE;
            responseStart = parser.currentTokenLocation();
            responseHasIssues = false;
            responseError = null;
        } else if (token == JsonToken.START_ARRAY) {
            where = Where.ARRAY_ISSUES;
            responseStart = parser.currentTokenLocation();
        } else {
            throw failure(parser.currentTokenLocation(), "expected a Jira search response {\"issues\": [...]} or a"
                    + " list of issues, not " + describe(token));
        }
    }

    private void responseField(String name) throws IOException {
        if (name == null) {
            if (!responseHasIssues) {
                throw failure(responseStart, responseError != null
                        ? "a Jira error response, not search results: " + shown(responseError, MAX_REASON)
                        : "a JSON object without \"issues\": not a Jira search response");
            }
            where = Where.TOP;
            return;
        }
        JsonToken token = parser.nextToken();
        if (name.equals("issues")) {
            if (token != JsonToken.START_ARRAY) {
                throw failure(parser.currentTokenLocation(), "issues is a list of issues, not " + describe(token));
            }
            responseHasIssues = true;
            where = Where.RESPONSE_ISSUES;
        } else if (name.equals("errorMessages") && token == JsonToken.START_ARRAY) {
            List<String> messages = new ArrayList<>(1);
            values(token, messages);
            responseError = messages.isEmpty() ? null : String.join("; ", messages);
        } else {
            parser.skipChildren();
        }
    }

    /** Reads the issue whose {@code START_OBJECT} is the current token. */
    private IssueTimeline issue() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        key = null;
        created = JiraTimestamps.NOT_FAST;
        status = null;
        changes = new ArrayList<>();
        fieldValues = fields.isEmpty() ? Map.of() : new LinkedHashMap<>();
        changelogCut = false;
        boolean hasFields = false;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "key" -> key = issueKey(token);
                case "fields" -> hasFields = issueFields(token);
                case "changelog" -> changelog(token);
                default -> parser.skipChildren();
            }
        }
        IssueTimeline timeline = timeline(start, hasFields);
        if (changelogCut && truncatedChangelogs++ == 0) {
            firstTruncatedChangelog = key;
        }
        key = null;
        return timeline;
    }

    private IssueTimeline timeline(JsonLocation start, boolean hasFields) {
        if (key == null) {
            throw failure(start, "an issue without \"key\"");
        }
        if (!hasFields) {
            throw failure(start, "no \"fields\": the export needs at least created and status");
        }
        if (created == JiraTimestamps.NOT_FAST) {
            throw failure(start, "no fields.created: when the issue was created is needed");
        }
        String current = status;
        if (current == null) {
            // Without fields.status the latest change says where the issue is; ties go to the later in the input.
            StatusChange latest = null;
            for (StatusChange change : changes) {
                latest = latest == null || !change.at().isBefore(latest.at()) ? change : latest;
            }
            current = latest == null ? null : latest.to();
        }
        if (current == null) {
            throw failure(start, "no fields.status.name and no status change: the issue's status is unknown");
        }
        return IssueTimeline.fromHistory(key, Instant.ofEpochMilli(created), current, changes, fieldValues);
    }

    private String issueKey(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING || parser.getTextLength() == 0) {
            throw failure(parser.currentTokenLocation(), "key is an issue key such as \"SD-7\", not "
                    + describe(token));
        }
        return parser.getText();
    }

    private boolean issueFields(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        expect(token, JsonToken.START_OBJECT, "fields", "an object");
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken value = parser.nextToken();
            boolean matched = fields.contains(name);
            if (name.equals("created")) {
                created = timestamp(value, "fields.created");
            } else if (name.equals("status")) {
                List<String> names = new ArrayList<>(1);
                values(value, names);
                status = names.isEmpty() ? null : names.get(0);
                if (matched) {
                    fieldValues.put(name, names);
                }
                continue;
            }
            if (matched) {
                List<String> list = new ArrayList<>(1);
                values(value, list);
                fieldValues.put(name, list);
            } else {
                parser.skipChildren();
            }
        }
        return true;
    }

    private void changelog(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        expect(token, JsonToken.START_OBJECT, "changelog", "an object with histories");
        long total = -1;
        int histories = 0;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken value = parser.nextToken();
            if (name.equals("histories") && value != JsonToken.VALUE_NULL) {
                expect(value, JsonToken.START_ARRAY, "changelog.histories", "a list");
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    expect(t, JsonToken.START_OBJECT, "changelog.histories[" + histories + "]", "an object");
                    history(histories++);
                }
            } else if (name.equals("total") && value == JsonToken.VALUE_NUMBER_INT) {
                total = parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? Long.MAX_VALUE
                        : parser.getLongValue();
            } else {
                parser.skipChildren();
            }
        }
        changelogCut = total > histories;
    }

    private void history(int index) throws IOException {
        // Where the history starts is where a problem with it is reported.
        JsonLocation start = parser.currentTokenLocation();
        historyItems.clear();
        long at = JiraTimestamps.NOT_FAST;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken value = parser.nextToken();
            if (name.equals("created")) {
                at = timestamp(value, "changelog.histories[" + index + "].created");
            } else if (name.equals("items") && value != JsonToken.VALUE_NULL) {
                expect(value, JsonToken.START_ARRAY, "changelog.histories[" + index + "].items", "a list");
                int item = 0;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    expect(t, JsonToken.START_OBJECT, "changelog.histories[" + index + "].items[" + item + "]",
                            "an object");
                    item(start, index, item++);
                }
            } else {
                parser.skipChildren();
            }
        }
        if (historyItems.isEmpty()) {
            return;
        }
        if (at == JiraTimestamps.NOT_FAST) {
            throw failure(start, "changelog.histories[" + index + "] changes the status but has no"
                    + " created");
        }
        Instant when = Instant.ofEpochMilli(at);
        for (String[] change : historyItems) {
            changes.add(new StatusChange(when, change[0], change[1]));
        }
    }

    /** Keeps a status item of the current history; skips other items without decoding their strings. */
    private void item(JsonLocation historyStart, int history, int item) throws IOException {
        boolean known = false;
        boolean isStatus = false;
        String from = null;
        String to = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "field" -> {
                    known = true;
                    isStatus = value == JsonToken.VALUE_STRING && isStatusField();
                }
                case "fromString" -> from = !known || isStatus ? optionalText(value) : skip();
                case "toString" -> to = !known || isStatus ? optionalText(value) : skip();
                default -> parser.skipChildren();
            }
        }
        if (!isStatus) {
            return;
        }
        if (to == null || to.isEmpty()) {
            throw failure(historyStart, "changelog.histories[" + history + "].items[" + item
                    + "] changes the status but has no toString");
        }
        historyItems.add(new String[] {from, to});
    }

    private boolean isStatusField() throws IOException {
        if (parser.getTextLength() != 6) {
            return false;
        }
        char[] chars = parser.getTextCharacters();
        int off = parser.getTextOffset();
        return chars[off] == 's' && chars[off + 1] == 't' && chars[off + 2] == 'a' && chars[off + 3] == 't'
                && chars[off + 4] == 'u' && chars[off + 5] == 's';
    }

    private String skip() throws IOException {
        parser.skipChildren();
        return null;
    }

    private String optionalText(JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            parser.skipChildren();
            return null;
        }
        return parser.getText();
    }

    /** The epoch milliseconds of the timestamp that is the current token. */
    private long timestamp(JsonToken token, String path) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw failure(parser.currentTokenLocation(), path + " is a timestamp such as"
                    + " \"2026-11-03T10:15:30.000+0100\", not " + describe(token));
        }
        long fast = JiraTimestamps.parseMillis(parser.getTextCharacters(), parser.getTextOffset(),
                parser.getTextLength());
        if (fast != JiraTimestamps.NOT_FAST) {
            return fast;
        }
        String text = parser.getText();
        try {
            return JiraTimestamps.parse(text).toEpochMilli();
        } catch (DateTimeException e) {
            throw failure(parser.currentTokenLocation(), path + " \"" + shown(text, MAX_VALUE)
                    + "\" is not a timestamp such as \"2026-11-03T10:15:30.000+0100\" or \"2026-11-03T09:15:30Z\"");
        }
    }

    /** Adds the values of the current token by DESIGN.md's rule; nested lists are skipped. */
    private void values(JsonToken token, List<String> out) throws IOException {
        switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> out.add(parser.getText());
            case START_OBJECT -> {
                String value = nameOrValue();
                if (value != null) {
                    out.add(value);
                }
            }
            case START_ARRAY -> {
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t == JsonToken.START_ARRAY) {
                        parser.skipChildren();
                    } else {
                        values(t, out);
                    }
                }
            }
            default -> parser.skipChildren();
        }
    }

    /** The {@code name} of the object that starts at the current token, else its {@code value}, else null. */
    private String nameOrValue() throws IOException {
        String name = null;
        String value = null;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            if (field.equals("name") && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                name = parser.getText();
            } else if (field.equals("value") && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                value = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return name != null ? name : value;
    }

    private void expect(JsonToken token, JsonToken expected, String path, String what) {
        if (token != expected) {
            throw failure(parser.currentTokenLocation(), path + " is " + what + ", not " + describe(token));
        }
    }

    private IssueHistoryException failure(JsonLocation at, String reason) {
        String why = key == null && lastKey != null ? reason + " (after issue " + lastKey + ")" : reason;
        return new IssueHistoryException(source, key, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                why);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /** Text fit for a one-line message: control characters as spaces, at most {@code max} characters. */
    static String shown(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && shown.length() < max; i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) ? ' ' : c);
        }
        return text.length() > max ? shown.substring(0, max - 3) + "..." : shown.toString();
    }
}
