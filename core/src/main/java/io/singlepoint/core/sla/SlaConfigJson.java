package io.singlepoint.core.sla;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the SLA configuration JSON of DESIGN.md.
 *
 * <p>Reading collects every problem before it fails, each with the JSON path and the offending value:
 * {@code slas[0].goals[1].calendar: unknown calendar "berlin" (known: berlin-office, 24x7)}. Unknown properties are
 * problems too, so that a misspelt {@code "stauses"} does not silently mean "no statuses". Writing produces what
 * reading accepts: {@code read(write(config))} equals {@code config}.
 */
public final class SlaConfigJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern WEEKS = Pattern.compile("P(\\d+)W");
    private static final Duration DAY = Duration.ofDays(1);

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    /** Calendar ids that were declared, valid or not: a goal naming an invalid one is not reported again. */
    private final Set<String> declaredCalendars = new LinkedHashSet<>();

    private SlaConfigJson() {
    }

    /**
     * @throws SlaConfigException with every problem, if the text is not valid JSON or not a valid configuration
     */
    public static SlaConfig read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new SlaConfigException(List.of(syntaxProblem(e)));
        }
    }

    /** {@link #read(String)} from a reader, which it does not close. */
    public static SlaConfig read(Reader json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new SlaConfigException(List.of(syntaxProblem(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SlaConfig read(JsonNode root) {
        SlaConfigJson reader = new SlaConfigJson();
        SlaConfig config = reader.config(root);
        if (!reader.problems.isEmpty()) {
            throw new SlaConfigException(reader.problems);
        }
        return config;
    }

    /** The configuration as JSON text, indented. */
    public static String write(SlaConfig config) {
        try {
            return MAPPER.writeValueAsString(toJson(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an SLA configuration", e);
        }
    }

    public static ObjectNode toJson(SlaConfig config) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode calendars = root.putObject("calendars");
        config.calendars().forEach((id, calendar) -> {
            ObjectNode node = calendars.putObject(id);
            node.put("zone", calendar.zone().getId());
            ObjectNode week = node.putObject("week");
            calendar.week().forEach((day, ranges) -> {
                ArrayNode array = week.putArray(day.name());
                ranges.forEach(range -> array.add(range.toString()));
            });
            ArrayNode holidays = node.putArray("holidays");
            calendar.holidays().forEach(day -> holidays.add(day.toString()));
        });
        ArrayNode slas = root.putArray("slas");
        for (SlaDefinition sla : config.slas()) {
            ObjectNode node = slas.addObject();
            node.put("id", sla.id());
            node.put("name", sla.name());
            ObjectNode start = node.putObject("start");
            start.put("onCreate", sla.startOnCreate());
            statuses(start, sla.start());
            statuses(node.putObject("pause"), sla.pause());
            statuses(node.putObject("stop"), sla.stop());
            ArrayNode goals = node.putArray("goals");
            for (Goal goal : sla.goals()) {
                ObjectNode g = goals.addObject();
                ObjectNode match = g.putObject("match");
                goal.match().forEach((field, values) -> {
                    ArrayNode array = match.putArray(field);
                    new TreeSet<>(values).forEach(array::add);
                });
                g.put("target", formatTarget(goal.target()));
                g.put("calendar", goal.calendar().id());
            }
        }
        return root;
    }

    /** A target as ISO-8601 with whole days kept as days: {@code P3D}, {@code P1DT4H}, {@code PT30M}. */
    static String formatTarget(Duration target) {
        long days = target.toDays();
        Duration rest = target.minus(DAY.multipliedBy(days));
        if (days == 0) {
            return target.toString();
        }
        return rest.isZero() ? "P" + days + "D" : "P" + days + "D" + rest.toString().substring(1);
    }

    private static void statuses(ObjectNode parent, StatusSet statuses) {
        ArrayNode array = parent.putArray("statuses");
        statuses.names().forEach(array::add);
    }

    private SlaConfig config(JsonNode root) {
        if (!root.isObject()) {
            problems.add(new Problem("", "an SLA configuration is a JSON object, not " + describe(root)));
            return null;
        }
        unknownProperties(root, "", Set.of("calendars", "slas"));
        JsonNode calendarsNode = root.get("calendars");
        if (calendarsNode != null && !calendarsNode.isObject()) {
            problems.add(new Problem("calendars", "is an object of calendar id → calendar, not " + describe(calendarsNode)));
        } else if (calendarsNode != null) {
            calendarsNode.fields().forEachRemaining(e -> calendar(key("calendars", e.getKey()), e.getKey(), e.getValue()));
        }
        List<SlaDefinition> slas = new ArrayList<>();
        JsonNode slasNode = root.get("slas");
        if (slasNode == null) {
            problems.add(new Problem("slas", "missing: the list of SLAs"));
        } else if (!slasNode.isArray()) {
            problems.add(new Problem("slas", "is a list of SLAs, not " + describe(slasNode)));
        } else {
            Map<String, String> firstPathOfId = new HashMap<>();
            for (int i = 0; i < slasNode.size(); i++) {
                String path = "slas[" + i + "]";
                JsonNode node = slasNode.get(i);
                SlaDefinition sla = sla(path, node);
                // An SLA with other problems still takes its id: a duplicate is reported either way.
                String id = node.path("id").isTextual() ? node.get("id").asText() : null;
                String earlier = id == null ? null : firstPathOfId.putIfAbsent(id, path);
                if (earlier != null) {
                    problems.add(new Problem(path + ".id", "duplicate id \"" + id + "\" (also " + earlier + ")"));
                } else if (sla != null) {
                    slas.add(sla);
                }
            }
        }
        return problems.isEmpty() ? new SlaConfig(calendars, slas) : null;
    }

    private void calendar(String path, String id, JsonNode node) {
        if (id.equals(BusinessCalendar.ALWAYS_ID)) {
            problems.add(new Problem(path, "\"24x7\" is built in and cannot be redefined"));
            return;
        }
        declaredCalendars.add(id);
        if (!node.isObject()) {
            problems.add(new Problem(path, "a calendar is an object with zone, week and holidays, not " + describe(node)));
            return;
        }
        int before = problems.size();
        unknownProperties(node, path, Set.of("zone", "week", "holidays"));
        ZoneId zone = zone(path + ".zone", node.get("zone"));
        Map<DayOfWeek, List<WorkingRange>> week = week(path + ".week", node.get("week"));
        Set<LocalDate> holidays = holidays(path + ".holidays", node.get("holidays"));
        if (problems.size() == before) {
            calendars.put(id, BusinessCalendar.of(id, zone, week, holidays));
        }
    }

    private ZoneId zone(String path, JsonNode node) {
        if (node == null) {
            problems.add(new Problem(path, "missing: the time zone of the calendar, e.g. \"Europe/Berlin\""));
            return null;
        }
        if (!node.isTextual()) {
            problems.add(new Problem(path, "is a time zone id, not " + describe(node)));
            return null;
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            problems.add(new Problem(path, "unknown time zone \"" + node.asText() + "\" (use a region id such as"
                    + " \"Europe/Berlin\" or an offset such as \"+01:00\")"));
            return null;
        }
    }

    private Map<DayOfWeek, List<WorkingRange>> week(String path, JsonNode node) {
        Map<DayOfWeek, List<WorkingRange>> week = new EnumMap<>(DayOfWeek.class);
        if (node == null) {
            problems.add(new Problem(path, "missing: the working ranges per day, e.g. {\"MONDAY\": [\"09:00-17:00\"]}"));
            return week;
        }
        if (!node.isObject()) {
            problems.add(new Problem(path, "is an object of day → working ranges, not " + describe(node)));
            return week;
        }
        int before = problems.size();
        node.fields().forEachRemaining(e -> {
            String dayPath = key(path, e.getKey());
            DayOfWeek day = dayOfWeek(e.getKey());
            if (day == null) {
                problems.add(new Problem(dayPath, "\"" + e.getKey() + "\" is not a day of the week (MONDAY … SUNDAY)"));
                return;
            }
            if (week.containsKey(day)) {
                problems.add(new Problem(dayPath, day + " is listed twice"));
                return;
            }
            List<WorkingRange> ranges = ranges(dayPath, e.getValue());
            for (int i = 0; i < ranges.size(); i++) {
                for (int j = i + 1; j < ranges.size(); j++) {
                    if (ranges.get(i).overlaps(ranges.get(j))) {
                        problems.add(new Problem(dayPath, "the working ranges " + ranges.get(i) + " and "
                                + ranges.get(j) + " overlap"));
                    }
                }
            }
            week.put(day, ranges);
        });
        if (problems.size() == before && week.values().stream().allMatch(List::isEmpty)) {
            problems.add(new Problem(path, "the calendar never works: no day has a working range"));
        }
        return week;
    }

    private List<WorkingRange> ranges(String path, JsonNode node) {
        List<WorkingRange> ranges = new ArrayList<>();
        if (!node.isArray()) {
            problems.add(new Problem(path, "is a list of working ranges \"HH:mm-HH:mm\", not " + describe(node)));
            return ranges;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode range = node.get(i);
            String rangePath = path + "[" + i + "]";
            if (!range.isTextual()) {
                problems.add(new Problem(rangePath, "is a working range \"HH:mm-HH:mm\", not " + describe(range)));
                continue;
            }
            try {
                ranges.add(WorkingRange.parse(range.asText()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(rangePath, e.getMessage()));
            }
        }
        return ranges;
    }

    private Set<LocalDate> holidays(String path, JsonNode node) {
        Set<LocalDate> holidays = new TreeSet<>();
        if (node == null) {
            return holidays;
        }
        if (!node.isArray()) {
            problems.add(new Problem(path, "is a list of dates \"YYYY-MM-DD\", not " + describe(node)));
            return holidays;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode day = node.get(i);
            try {
                if (!day.isTextual()) {
                    throw new DateTimeParseException("not text", day.toString(), 0);
                }
                holidays.add(LocalDate.parse(day.asText()));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(path + "[" + i + "]", "is not a date \"YYYY-MM-DD\": " + day));
            }
        }
        return holidays;
    }

    private SlaDefinition sla(String path, JsonNode node) {
        if (!node.isObject()) {
            problems.add(new Problem(path, "an SLA is an object with id, name, start, pause, stop and goals, not "
                    + describe(node)));
            return null;
        }
        int before = problems.size();
        unknownProperties(node, path, Set.of("id", "name", "start", "pause", "stop", "goals"));
        String id = text(path + ".id", node.get("id"), "the SLA's id, e.g. \"ttr\"");
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(new Problem(path + ".id", "\"" + id + "\" is not an id: letters, digits, '-', '_' and '.',"
                    + " starting with a letter or digit"));
        }
        String name = text(path + ".name", node.get("name"), "the SLA's name people read, e.g. \"Time to resolution\"");
        JsonNode startNode = node.get("start");
        boolean onCreate = false;
        StatusSet start = StatusSet.NONE;
        if (object(path + ".start", startNode, Set.of("onCreate", "statuses"))) {
            JsonNode onCreateNode = startNode.get("onCreate");
            if (onCreateNode != null && !onCreateNode.isBoolean()) {
                problems.add(new Problem(path + ".start.onCreate", "is true or false, not " + describe(onCreateNode)));
            }
            onCreate = onCreateNode != null && onCreateNode.asBoolean();
            start = statuses(path + ".start.statuses", startNode.get("statuses"));
        }
        if (!onCreate && start.isEmpty() && problems.size() == before) {
            problems.add(new Problem(path + ".start", "the SLA never starts: set \"onCreate\": true or list start statuses"));
        }
        StatusSet pause = statusesOf(path + ".pause", node.get("pause"));
        StatusSet stop = statusesOf(path + ".stop", node.get("stop"));
        List<Goal> goals = goals(path + ".goals", node.get("goals"));
        return problems.size() == before ? new SlaDefinition(id, name, onCreate, start, pause, stop, goals) : null;
    }

    private StatusSet statusesOf(String path, JsonNode node) {
        return object(path, node, Set.of("statuses")) ? statuses(path + ".statuses", node.get("statuses")) : StatusSet.NONE;
    }

    private StatusSet statuses(String path, JsonNode node) {
        return StatusSet.of(strings(path, node, "status names"));
    }

    private List<Goal> goals(String path, JsonNode node) {
        List<Goal> goals = new ArrayList<>();
        if (node == null) {
            return goals;
        }
        if (!node.isArray()) {
            problems.add(new Problem(path, "is a list of goals, not " + describe(node)));
            return goals;
        }
        for (int i = 0; i < node.size(); i++) {
            String goalPath = path + "[" + i + "]";
            JsonNode goal = node.get(i);
            if (!object(goalPath, goal, Set.of("match", "target", "calendar"))) {
                continue;
            }
            int before = problems.size();
            Map<String, Set<String>> match = match(goalPath + ".match", goal.get("match"));
            Duration target = target(goalPath + ".target", goal.get("target"));
            BusinessCalendar calendar = calendarRef(goalPath + ".calendar", goal.get("calendar"));
            if (problems.size() == before) {
                goals.add(new Goal(match, target, calendar));
            }
        }
        return goals;
    }

    private Map<String, Set<String>> match(String path, JsonNode node) {
        Map<String, Set<String>> match = new LinkedHashMap<>();
        if (node == null) {
            return match;
        }
        if (!node.isObject()) {
            problems.add(new Problem(path, "is an object of field id → accepted values, not " + describe(node)));
            return match;
        }
        node.fields().forEachRemaining(e -> {
            String fieldPath = key(path, e.getKey());
            List<String> values = e.getValue().isTextual()
                    ? List.of(e.getValue().asText())
                    : strings(fieldPath, e.getValue(), "accepted values");
            if (values.isEmpty()) {
                problems.add(new Problem(fieldPath, "lists no value: no issue would match"));
            }
            match.put(e.getKey(), new LinkedHashSet<>(values));
        });
        return match;
    }

    private Duration target(String path, JsonNode node) {
        if (node == null) {
            problems.add(new Problem(path, "missing: the working time a cycle may take, e.g. \"PT4H\" or \"P3D\""));
            return null;
        }
        if (!node.isTextual()) {
            problems.add(new Problem(path, "is an ISO-8601 duration such as \"PT4H\", not " + describe(node)));
            return null;
        }
        String text = node.asText().trim().toUpperCase(Locale.ROOT);
        try {
            Matcher weeks = WEEKS.matcher(text);
            Duration target = weeks.matches()
                    ? Duration.ofDays(7L * Long.parseLong(weeks.group(1)))
                    : Duration.parse(text);
            if (target.isNegative() || target.isZero()) {
                problems.add(new Problem(path, "\"" + node.asText() + "\" is not a positive duration"));
                return null;
            }
            if (target.toNanos() % 1_000_000 != 0) {
                problems.add(new Problem(path, "\"" + node.asText() + "\" is finer than a millisecond"));
                return null;
            }
            return target;
        } catch (DateTimeParseException | ArithmeticException e) {
            String hint = text.matches("P\\d+[MY].*") ? " (months and years have no fixed length: write days, P30D)" : "";
            problems.add(new Problem(path, "\"" + node.asText() + "\" is not an ISO-8601 duration such as \"PT4H\","
                    + " \"P3D\" or \"P1DT12H\"" + hint));
            return null;
        }
    }

    private BusinessCalendar calendarRef(String path, JsonNode node) {
        if (node == null) {
            return BusinessCalendar.ALWAYS;
        }
        if (!node.isTextual()) {
            problems.add(new Problem(path, "is a calendar id, not " + describe(node)));
            return null;
        }
        String id = node.asText();
        if (id.equals(BusinessCalendar.ALWAYS_ID)) {
            return BusinessCalendar.ALWAYS;
        }
        BusinessCalendar calendar = calendars.get(id);
        if (calendar == null && !declaredCalendars.contains(id)) {
            List<String> known = new ArrayList<>(declaredCalendars);
            known.add(BusinessCalendar.ALWAYS_ID);
            problems.add(new Problem(path, "unknown calendar \"" + id + "\" (known: " + String.join(", ", known) + ")"));
        } else if (calendar == null) {
            // Declared but invalid: its own problems are reported; fail this goal without a second message.
            problems.add(new Problem(path, "calendar \"" + id + "\" is invalid (see above)"));
        }
        return calendar;
    }

    private boolean object(String path, JsonNode node, Set<String> properties) {
        if (node == null) {
            return false;
        }
        if (!node.isObject()) {
            problems.add(new Problem(path, "is an object with " + String.join(", ", new TreeSet<>(properties))
                    + ", not " + describe(node)));
            return false;
        }
        unknownProperties(node, path, properties);
        return true;
    }

    private String text(String path, JsonNode node, String what) {
        if (node == null) {
            problems.add(new Problem(path, "missing: " + what));
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(new Problem(path, "is " + what + ", not " + describe(node)));
            return null;
        }
        return node.asText();
    }

    private List<String> strings(String path, JsonNode node, String what) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            problems.add(new Problem(path, "is a list of " + what + ", not " + describe(node)));
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode value = node.get(i);
            if (!value.isTextual() || value.asText().isBlank()) {
                problems.add(new Problem(path + "[" + i + "]", "is one of the " + what + ", not " + describe(value)));
            } else {
                values.add(value.asText());
            }
        }
        return values;
    }

    private void unknownProperties(JsonNode node, String path, Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(new Problem(key(path, name), "unknown property (expected "
                        + String.join(", ", new TreeSet<>(known)) + ")"));
            }
        });
    }

    private static DayOfWeek dayOfWeek(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code parent.key}, or {@code parent["key"]} when the key is not a plain name. */
    private static String key(String parent, String key) {
        String part = key.matches("[A-Za-z0-9_-]+") ? key : "[\"" + key.replace("\"", "\\\"") + "\"]";
        if (parent.isEmpty()) {
            return part;
        }
        return part.startsWith("[") ? parent + part : parent + "." + part;
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        String text = node.toString();
        return (node.isObject() ? "an object " : node.isArray() ? "a list " : "")
                + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    private static Problem syntaxProblem(JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
        return new Problem("", where + "not valid JSON: " + e.getOriginalMessage());
    }
}
