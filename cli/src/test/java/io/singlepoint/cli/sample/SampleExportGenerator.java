package io.singlepoint.cli.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.singlepoint.core.sla.BusinessCalendar;
import io.singlepoint.core.sla.WorkingRange;

/**
 * Writes the bundled sample export, {@code cli/src/main/resources/io/singlepoint/cli/sample/service-desk-export.json}:
 * what Jira 10's {@code /rest/api/2/search?jql=project=SD&expand=changelog} returns for a small IT service desk from
 * January to June 2026, {@value #ISSUES} issues in pages of {@value #PAGE_SIZE} appended to one file, as a script
 * fetching page after page writes them. Each issue is on one line, so that a change to the generator reads as a diff.
 *
 * <p>The desk's story, issue by issue:
 * <ul>
 *   <li>Requesters open issues mostly during office hours on working days, some in the evening, at weekends and on
 *       holidays. Priorities: Highest 5 %, High 20 %, Medium 50 %, Low 25 %; an agent sometimes corrects the
 *       priority with the first response.</li>
 *   <li>Agents act only in office hours (the {@code berlin-office} calendar of the sample configuration: Monday to
 *       Thursday 08:00-12:30 and 13:30-17:00, Friday 08:00-15:00, Berlin's public holidays), after a working-time
 *       delay that grows as the priority falls. The first response takes the issue to In Progress, or straight to
 *       Info Requested or Waiting User Response, or resolves it at once.</li>
 *   <li>While working, the agent may ask the requester for something (Info Requested, Waiting User Response) up to
 *       three times. Requesters answer at any hour, after minutes, hours or days, some of them habitually slowly;
 *       their answer moves the issue back to In Progress. A requester who does not answer for ten working days gets
 *       the issue closed by automation.</li>
 *   <li>After Resolved the agent either asks the requester to confirm (User Validation Required), whose answer
 *       closes or reopens the issue (automation closes it after five working days of silence), or closes it later
 *       in office hours; a requester sometimes reopens a resolved issue first. Reopened goes back to In Progress and
 *       to a shorter piece of work.</li>
 *   <li>The export is taken on {@link Sample#EXPORTED_AT}: history after it is cut, so the latest issues are still
 *       open, some of them waiting on their requester.</li>
 * </ul>
 * Besides status changes the changelog holds what Jira records with them (assignee, resolution, priority), so that a
 * reader has to skip items. Timestamps are in Jira's form in Europe/Berlin ({@code +0100} in winter, {@code +0200} in
 * summer). Avatar URLs, which Jira adds to every user, are left out to keep the file small.
 *
 * <p><b>Deterministic</b>: one {@link Random} with the seed {@value #SEED} drives every choice, and its algorithm is
 * specified by the JDK; arithmetic uses {@link StrictMath}. The same generator always writes the same bytes, which
 * {@code SampleExportTest} checks against the bundled file. To change the sample, change this class and regenerate:
 * <pre>
 * mvn -B -q test -pl core,cli -Dtest=SampleExportTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsinglepoint.sample.rewrite=true
 * </pre>
 * or run {@link #main} with the file to write.
 */
public final class SampleExportGenerator {

    static final long SEED = 20_260_630L;
    static final int ISSUES = 340;
    static final int PAGE_SIZE = 100;
    /** The bundled file, relative to the cli module. */
    static final Path BUNDLED = Path.of("src/main/resources/io/singlepoint/cli/sample/service-desk-export.json");

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 10, 3), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 31));
    private static final BusinessCalendar OFFICE = office();
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ");
    private static final String BASE = "https://jira.example.com";
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long EXPORTED = Sample.EXPORTED_AT.toEpochMilli();

    private static final String[] PRIORITIES = {"Highest", "High", "Medium", "Low"};
    private static final String[] PRIORITY_IDS = {"1", "2", "3", "4"};
    /** Median working minutes to the first response, and of work until resolved, by priority. */
    private static final double[] FIRST_RESPONSE_MINUTES = {10, 20, 70, 150};
    private static final double[] WORK_MINUTES = {110, 330, 800, 1300};
    private static final Map<String, String> STATUS_IDS = Map.of("Open", "1", "In Progress", "3", "Reopened", "4",
            "Resolved", "5", "Closed", "6", "Info Requested", "10100", "Waiting User Response", "10101",
            "User Validation Required", "10102");
    private static final Map<String, String> STATUS_CATEGORIES = Map.of("Open", "new", "Reopened", "new",
            "Resolved", "done", "Closed", "done");

    private static final String[][] AGENTS = {
        {"abecker", "Anna Becker"}, {"jwolf", "Jonas Wolf"}, {"myilmaz", "Mehmet Yılmaz"},
        {"swagner", "Sophie Wagner"}, {"lbraun", "Lukas Braun"}};
    private static final String[] AUTOMATION = {"automation", "Automation for Jira"};
    private static final String[] FIRST_NAMES = {"Lena", "Paul", "Marie", "Felix", "Emma", "Noah", "Mia", "Elias",
        "Hannah", "Leon", "Sofia", "Finn", "Clara", "Jan", "Ida", "Tim", "Lea", "Ben", "Zoë", "Jürgen"};
    private static final String[] LAST_NAMES = {"Fischer", "Schmidt", "Meyer", "Schulz", "Koch", "Richter", "Klein",
        "Neumann", "Schwarz", "Zimmermann", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann",
        "Köhler", "Maier", "Öztürk"};
    private static final String[][] SUMMARIES = {
        {"Incident", "VPN connection drops every few minutes"},
        {"Incident", "Outlook does not start after the update"},
        {"Incident", "Drucker im 3. OG druckt nur leere Seiten"},
        {"Incident", "Laptop does not wake up from sleep"},
        {"Incident", "SAP GUI: \"Verbindung abgelehnt\" when logging on"},
        {"Incident", "Teams calls have no sound on the docking station"},
        {"Incident", "Shared drive S:\\Finanzen is not reachable"},
        {"Incident", "Mails to external recipients stay in the outbox"},
        {"Incident", "Wi-Fi in meeting room Spree keeps disconnecting"},
        {"Incident", "Monitor flickers on the left side"},
        {"Incident", "Cannot log on: account locked"},
        {"Incident", "Telefon zeigt „Kein Dienst“"},
        {"Service Request", "Access to the Controlling SharePoint for a new colleague"},
        {"Service Request", "New laptop for Ms. Krüger (starts 1 March)"},
        {"Service Request", "Install Power BI Desktop"},
        {"Service Request", "Zugang zu SAP für neue Mitarbeiterin"},
        {"Service Request", "Second monitor for home office"},
        {"Service Request", "Distribution list for the works council"},
        {"Service Request", "Reset MFA after phone change"},
        {"Service Request", "Mailbox permissions for the holiday cover"},
        {"Question", "How do I share a calendar with an external partner?"},
        {"Question", "Which VPN client is the right one for macOS?"},
        {"Question", "Can I use my private headset with Teams?"},
        {"Question", "Wo finde ich die Vorlage für Reisekostenabrechnungen?"}};
    private static final String[] COMPONENTS = {"Workplace", "Network", "Email", "SAP", "Access", "Printing",
        "Telephony"};

    private final Random random = new Random(SEED);
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String[]> users = new ArrayList<>();
    private final List<Double> slowness = new ArrayList<>();
    private int historyId = 50_000;

    private SampleExportGenerator() {
        for (int i = 0; i < 40; i++) {
            String first = FIRST_NAMES[i % FIRST_NAMES.length];
            String last = LAST_NAMES[(i * 7 + i / FIRST_NAMES.length) % LAST_NAMES.length];
            String name = (first.charAt(0) + last).toLowerCase(java.util.Locale.ROOT)
                    .replace("ü", "ue").replace("ö", "oe").replace("ä", "ae") + (i >= 20 ? "2" : "");
            users.add(new String[] {name, first + " " + last});
            // Most requesters answer as fast as they can; some are habitually slow.
            slowness.add(random.nextDouble() < 0.2 ? 2.5 + 3 * random.nextDouble() : 0.5 + random.nextDouble());
        }
    }

    /** Writes the export to the file given, or to {@link #BUNDLED} relative to the working directory. */
    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : BUNDLED;
        Files.write(target, generate());
        System.out.println("wrote " + target);
    }

    /** The export, always the same bytes (UTF-8). */
    public static byte[] generate() {
        return new SampleExportGenerator().export().getBytes(UTF_8);
    }

    private String export() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            created.add(creationTime());
        }
        created.sort(null);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ISSUES; i++) {
            if (i % PAGE_SIZE == 0) {
                out.append(i == 0 ? "" : "\n]}\n").append("{\"expand\":\"schema,names\",\"startAt\":").append(i)
                        .append(",\"maxResults\":").append(PAGE_SIZE).append(",\"total\":").append(ISSUES)
                        .append(",\"issues\":[\n");
            } else {
                out.append(",\n");
            }
            out.append(json(issue(i + 1, created.get(i))));
        }
        return out.append("\n]}\n").toString();
    }

    // --- one issue -------------------------------------------------------------------------------------------------

    /** The values of an issue's fields at some point of its history. */
    private record State(String status, String[] assignee, int priority, String resolution, long resolved) {
        State with(String newStatus) {
            return new State(newStatus, assignee, priority, resolution, resolved);
        }
    }

    private record Item(String field, String from, String fromName, String to, String toName) {
    }

    private record Event(long at, String[] author, List<Item> items, State after) {
    }

    /** An issue's whole life, then cut at the export. */
    private final class Story {
        final String key;
        final long created;
        final String[] reporter;
        final double slow;
        final List<Event> events = new ArrayList<>();
        State state;
        long t;
        int waits;
        int reopens;

        Story(String key, long created, String[] reporter, double slow, int priority) {
            this.key = key;
            this.created = created;
            this.reporter = reporter;
            this.slow = slow;
            this.state = new State("Open", null, priority, null, 0);
            this.t = created;
        }

        void move(long at, String[] author, String to, List<Item> extra, State next) {
            List<Item> items = new ArrayList<>(extra);
            items.add(new Item("status", STATUS_IDS.get(state.status()), state.status(), STATUS_IDS.get(to), to));
            state = next.with(to);
            t = at;
            events.add(new Event(at, author, items, state));
        }

        void move(long at, String[] author, String to) {
            move(at, author, to, List.of(), state);
        }

        void live() {
            firstResponse();
            for (int step = 0; step < 40 && !state.status().equals("Closed") && t < EXPORTED + 30 * DAY; step++) {
                switch (state.status()) {
                    case "In Progress" -> work(WORK_MINUTES[state.priority()] * (reopens > 0 ? 0.4 : 1));
                    case "Info Requested", "Waiting User Response" -> waitForAnswer();
                    case "Resolved" -> afterResolution();
                    case "User Validation Required" -> validation();
                    case "Reopened" -> move(agentAfter(t, 60, 0.8), assignee(), "In Progress");
                    default -> throw new IllegalStateException(key + " in " + state.status());
                }
            }
        }

        private void firstResponse() {
            String[] agent = AGENTS[random.nextInt(AGENTS.length)];
            long at = agentAfter(t, FIRST_RESPONSE_MINUTES[state.priority()], 0.9);
            List<Item> items = new ArrayList<>();
            items.add(new Item("assignee", null, null, agent[0], agent[1]));
            int priority = state.priority();
            if (random.nextDouble() < 0.06) {
                int corrected = Math.max(0, Math.min(3, priority + (random.nextBoolean() ? 1 : -1)));
                if (corrected != priority) {
                    items.add(new Item("priority", PRIORITY_IDS[priority], PRIORITIES[priority],
                            PRIORITY_IDS[corrected], PRIORITIES[corrected]));
                    priority = corrected;
                }
            }
            State assigned = new State(state.status(), agent, priority, null, 0);
            double r = random.nextDouble();
            if (r < 0.70) {
                move(at, agent, "In Progress", items, assigned);
            } else if (r < 0.85) {
                move(at, agent, "Info Requested", items, assigned);
                waits++;
            } else if (r < 0.95) {
                move(at, agent, "Waiting User Response", items, assigned);
                waits++;
            } else {
                items.add(resolutionItem(null, "Done"));
                move(at, agent, "Resolved", items, new State("", agent, priority, "Done", at));
            }
        }

        /** Works towards resolution; may stop to ask the requester, more rarely with each question asked. */
        private void work(double medianMinutes) {
            double total = lognormal(medianMinutes, 0.7);
            double askChance = waits == 0 ? 0.45 : waits == 1 ? 0.3 : waits == 2 ? 0.15 : 0;
            if (random.nextDouble() < askChance) {
                long at = agentAfter(t, total * (0.2 + 0.5 * random.nextDouble()), 0.1);
                move(at, assignee(), random.nextDouble() < 0.6 ? "Info Requested" : "Waiting User Response");
                waits++;
                return;
            }
            long at = agentAfter(t, total, 0.1);
            String resolution = random.nextDouble() < 0.8 ? "Fixed" : "Done";
            move(at, assignee(), "Resolved", List.of(resolutionItem(null, resolution)),
                    new State("", state.assignee(), state.priority(), resolution, at));
        }

        private void waitForAnswer() {
            if (random.nextDouble() < 0.07 * slow) {
                long at = OFFICE.addWorkingMillis(t, 10 * 8 * HOUR + randomMinutes(90));
                move(at, AUTOMATION, "Closed", List.of(resolutionItem(null, "Incomplete")),
                        new State("", state.assignee(), state.priority(), "Incomplete", at));
                return;
            }
            move(userAfter(t), reporter, "In Progress");
        }

        private void afterResolution() {
            if (random.nextDouble() < 0.55) {
                move(agentAfter(t, 20, 1.0), assignee(), "User Validation Required");
                return;
            }
            long closing = agentAfter(t, 300, 1.0);
            long reopening = userAfter(t);
            if (random.nextDouble() < 0.06 && reopens < 2 && reopening < closing) {
                reopen(reopening);
            } else {
                move(closing, assignee(), "Closed");
            }
        }

        private void validation() {
            long answer = userAfter(t);
            long autoClose = OFFICE.addWorkingMillis(t, 5 * 8 * HOUR + randomMinutes(60));
            if (answer > autoClose) {
                move(autoClose, AUTOMATION, "Closed");
            } else if (random.nextDouble() < 0.15 && reopens < 2) {
                reopen(answer);
            } else {
                move(answer, reporter, "Closed");
            }
        }

        private void reopen(long at) {
            reopens++;
            waits = Math.min(waits, 2);
            move(at, reporter, "Reopened", List.of(resolutionItem(state.resolution(), null)),
                    new State("", state.assignee(), state.priority(), null, 0));
        }

        private String[] assignee() {
            return state.assignee() == null ? AGENTS[0] : state.assignee();
        }

        /** The requester's answer: minutes to days later, at any hour but the night. */
        private long userAfter(long from) {
            double r = random.nextDouble();
            double hours = r < 0.35 ? 0.3 + 2.5 * random.nextDouble()
                    : r < 0.65 ? 3 + 18 * random.nextDouble()
                    : r < 0.9 ? 24 + 48 * random.nextDouble()
                    : 72 + 120 * random.nextDouble();
            long at = from + (long) (hours * slow * HOUR) + random.nextInt(60_000);
            LocalTime local = Instant.ofEpochMilli(at).atZone(BERLIN).toLocalTime();
            if (local.isBefore(LocalTime.of(7, 0)) || local.isAfter(LocalTime.of(23, 0))) {
                // Nobody answers at night: the answer comes the next morning.
                LocalDate day = Instant.ofEpochMilli(at).atZone(BERLIN).toLocalDate();
                day = local.isAfter(LocalTime.of(23, 0)) ? day.plusDays(1) : day;
                at = day.atTime(7, 0).atZone(BERLIN).toInstant().toEpochMilli() + randomMinutes(120);
            }
            return Math.max(at, from + MINUTE);
        }
    }

    private Map<String, Object> issue(int number, long created) {
        String key = "SD-" + number;
        int user = random.nextInt(users.size());
        double p = random.nextDouble();
        int priority = p < 0.05 ? 0 : p < 0.25 ? 1 : p < 0.75 ? 2 : 3;
        String[] summary = SUMMARIES[random.nextInt(SUMMARIES.length)];
        String component = COMPONENTS[random.nextInt(COMPONENTS.length)];
        Story story = new Story(key, created, users.get(user), slowness.get(user), priority);
        story.live();

        State now = new State("Open", null, priority, null, 0);
        long updated = created;
        List<Object> histories = new ArrayList<>();
        for (Event event : story.events) {
            if (event.at() > EXPORTED) {
                break;
            }
            now = event.after();
            updated = event.at();
            histories.add(history(event));
        }
        String id = Integer.toString(10_000 + number);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", summary[1]);
        fields.put("issuetype", ordered("name", summary[0], "subtask", false));
        fields.put("project", ordered("key", "SD", "name", "Service Desk"));
        fields.put("components", List.of(ordered("name", component)));
        fields.put("labels", random.nextDouble() < 0.2 ? List.of("vip") : List.of());
        fields.put("priority", ordered("self", BASE + "/rest/api/2/priority/" + PRIORITY_IDS[now.priority()],
                "name", PRIORITIES[now.priority()], "id", PRIORITY_IDS[now.priority()]));
        fields.put("status", status(now.status()));
        fields.put("resolution", now.resolution() == null ? null : ordered("name", now.resolution()));
        fields.put("resolutiondate", now.resolution() == null ? null : time(now.resolved()));
        fields.put("reporter", user(story.reporter));
        fields.put("assignee", now.assignee() == null ? null : user(now.assignee()));
        fields.put("created", time(created));
        fields.put("updated", time(updated));
        fields.put("description", summary[1] + "\n\nSince this morning; colleagues in the same room are "
                + (random.nextBoolean() ? "also" : "not") + " affected.\n\n" + story.reporter[1]);
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("expand", "operations,versionedRepresentations,editmeta,changelog,renderedFields");
        issue.put("id", id);
        issue.put("self", BASE + "/rest/api/2/issue/" + id);
        issue.put("key", key);
        issue.put("fields", fields);
        issue.put("changelog", ordered("startAt", 0, "maxResults", histories.size(), "total", histories.size(),
                "histories", histories));
        return issue;
    }

    private Map<String, Object> history(Event event) {
        List<Object> items = new ArrayList<>();
        for (Item item : event.items()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("field", item.field());
            map.put("fieldtype", "jira");
            map.put("from", item.from());
            map.put("fromString", item.fromName());
            map.put("to", item.to());
            map.put("toString", item.toName());
            items.add(map);
        }
        return ordered("id", Integer.toString(historyId++), "author", user(event.author()), "created",
                time(event.at()), "items", items);
    }

    private static Map<String, Object> status(String name) {
        String category = STATUS_CATEGORIES.getOrDefault(name, "indeterminate");
        return ordered("self", BASE + "/rest/api/2/status/" + STATUS_IDS.get(name), "name", name,
                "id", STATUS_IDS.get(name), "statusCategory", ordered("key", category));
    }

    private static Map<String, Object> user(String[] user) {
        return ordered("name", user[0], "key", user[0], "displayName", user[1], "active", true,
                "timeZone", "Europe/Berlin");
    }

    private static Item resolutionItem(String from, String to) {
        return new Item("resolution", from == null ? null : "1", from, to == null ? null : "1", to);
    }

    // --- time --------------------------------------------------------------------------------------------------------

    /** When a requester opens an issue: mostly office hours on working days. */
    private long creationTime() {
        int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        while (true) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(days));
            boolean working = day.getDayOfWeek().getValue() <= 5 && !HOLIDAYS.contains(day);
            if (!working && random.nextDouble() > 0.12) {
                continue;
            }
            double hour = working && random.nextDouble() < 0.85
                    ? 7.5 + 10 * StrictMath.pow(random.nextDouble(), 1.3)
                    : 17.5 + 5.5 * random.nextDouble();
            long at = day.atStartOfDay(BERLIN).toInstant().toEpochMilli() + (long) (hour * HOUR)
                    + random.nextInt(60_000);
            if (at < EXPORTED - HOUR) {
                return at;
            }
        }
    }

    /** An agent's action: a log-normal working-time delay on the office calendar. */
    private long agentAfter(long from, double medianMinutes, double sigma) {
        long delay = Math.max(MINUTE, (long) (lognormal(medianMinutes, sigma) * MINUTE));
        return OFFICE.addWorkingMillis(from, delay) + random.nextInt(30_000);
    }

    private double lognormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** A standard normal draw by Box-Muller in StrictMath, so that it is the same on every JVM. */
    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    private long randomMinutes(int max) {
        return random.nextInt(max) * MINUTE;
    }

    private static String time(long millis) {
        return JIRA_TIME.format(Instant.ofEpochMilli(millis).atZone(BERLIN));
    }

    private static BusinessCalendar office() {
        Map<DayOfWeek, List<WorkingRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(day, List.of(WorkingRange.parse("08:00-12:30"), WorkingRange.parse("13:30-17:00")));
        }
        week.put(DayOfWeek.FRIDAY, List.of(WorkingRange.parse("08:00-15:00")));
        return BusinessCalendar.of("berlin-office", BERLIN, week, HOLIDAYS);
    }

    // --- JSON --------------------------------------------------------------------------------------------------------

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private String json(Map<String, Object> issue) {
        try {
            return mapper.writeValueAsString(issue);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

}
