package io.singlepoint.jira.mail;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import io.singlepoint.core.Violation;

import io.singlepoint.core.mail.MailSettings;
import io.singlepoint.core.mail.OwnAddresses;
import io.singlepoint.core.mail.ProjectKeys;

/**
 * The handler's configuration, read from the handler parameters of Jira's incoming-mail service. Jira's parameter
 * string has no escaping and splits at commas, so lists inside a value are separated by spaces or semicolons:
 * <pre>
 * projects=SD CHG, addresses=servicedesk@example.com;help@example.com, domain=jira.example.com,
 * maxPerHour=20, keepBytes=1048576
 * </pre>
 * <ul>
 *   <li>{@code projects}: projects whose issue keys in a subject thread a mail (default: none, so mail is threaded
 *       only by the Message-IDs it answers);</li>
 *   <li>{@code addresses}: the service desk's own addresses, never processed (default: none; set them!);</li>
 *   <li>{@code domain}: the right-hand side of the Message-IDs SinglePoint's notifications carry (default: any);</li>
 *   <li>{@code maxPerHour}: mails per sender and hour before the sender's mail is held (default 20);</li>
 *   <li>{@code keepBytes}: bytes of each raw mail kept in the processing log (default 1 MB, at most 20 MB);</li>
 *   <li>{@code retentionDays}: days the processing log keeps an entry (default 90; held and failed mails are kept
 *       until re-run);</li>
 *   <li>{@code project} and {@code issueType}: where a new request from a Jira user opens an issue: a project key
 *       and an issue type id, both or neither (default: neither, so a new request is held in the log);</li>
 *   <li>{@code commentAs}: the username of the Jira user who writes the comments of people the issue's RASCI field
 *       names but who may not comment themselves (outside addresses, users without Add Comments); each such
 *       comment starts with a line naming the real sender (default: none, so they are rejected);</li>
 *   <li>{@code rejectReply}: {@code true} or {@code false}, whether a rejected sender gets a short answer from the
 *       project's service desk sender (default {@code true});</li>
 *   <li>{@code forwardTo}: an address, or the name of a Jira group, that receives each rejected mail as an
 *       attachment (default: none).</li>
 * </ul>
 *
 * @param settings  core's settings
 * @param domain    the Message-ID domain of the notifications, lower case, or {@code null} for any
 * @param keepBytes bytes of each raw mail the processing log keeps
 * @param project   the key of the project new requests open issues in, or {@code null}: they are held
 * @param issueType the id of their issue type, or {@code null} exactly when {@code project} is
 * @param retentionDays days the processing log keeps an entry
 * @param commentAs the username that comments for RASCI participants who may not comment themselves, or
 *                  {@code null}: they are rejected
 * @param rejectReply whether a rejected sender gets a short answer
 * @param forwardTo   the address (with {@code @}) or Jira group that receives rejected mail, or {@code null}
 */
public record MailHandlerConfig(MailSettings settings, String domain, int keepBytes, String project,
                                String issueType, int retentionDays, String commentAs,
                                boolean rejectReply, String forwardTo) {

    private static final java.util.regex.Pattern PROJECT_KEY = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final java.util.regex.Pattern ISSUE_TYPE_ID = java.util.regex.Pattern.compile("[0-9]{1,18}");
    private static final Set<String> PARAMETERS = Set.of("projects", "addresses", "domain", "maxPerHour",
            "keepBytes", "project", "issueType", "retentionDays", "commentAs", "rejectReply", "forwardTo");
    /** A Jira username as the parameter string can hold it: no spaces, commas or equals signs. */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[^\\s,=]{1,255}");

    /** Whether a new request opens an issue (else it is held). */
    public boolean createsIssues() {
        return project != null;
    }

    static final int DEFAULT_KEEP_BYTES = 1024 * 1024;
    static final int MAX_KEEP_BYTES = 20 * 1024 * 1024;
    static final int DEFAULT_MAX_PER_HOUR = 20;

    /** No parameters: every default. */
    public static final MailHandlerConfig DEFAULT = new MailHandlerConfig(MailSettings.of(OwnAddresses.NONE,
            ProjectKeys.of(List.of())), null, DEFAULT_KEEP_BYTES, null, null,
            MailLogRetention.DEFAULT_DAYS, null, true, null);

    /** The i18n keys of what can be wrong with a parameter: {@code singlepoint.mail.handler.error.*}. */
    static final String ERROR = "singlepoint.mail.handler.error.";

    /**
     * A handler parameter as an argument of a {@link Violation}: the settings page shows its field label in the
     * admin's language ({@link #labelKey()}), the service's log its parameter name ({@link #toString()}).
     *
     * @param parameter the parameter's name, e.g. {@code keepBytes}
     */
    public record Setting(String parameter) {
        public Setting {
            java.util.Objects.requireNonNull(parameter, "parameter");
        }

        /** The i18n key of the field's label on the settings page, e.g. {@code singlepoint.mail.handler.keepbytes}. */
        public String labelKey() {
            return "singlepoint.mail.handler." + parameter.toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return parameter;
        }
    }

    /**
     * The configuration, and what was wrong with the parameters (each ignored, its default used), every problem
     * found, not only the first.
     */
    public record Read(MailHandlerConfig config, List<Violation> violations) {
        public Read {
            violations = List.copyOf(violations);
        }

        /** The problems in English, for the incoming-mail service's log: each starts with the parameter name. */
        public List<String> problems() {
            return violations.stream().map(MailHandlerConfig::english).toList();
        }
    }

    /**
     * A violation in the app's English texts, its setting by parameter name; the key and arguments should the
     * bundle be missing, so the log never loses the problem.
     */
    static String english(Violation violation) {
        Object[] arguments = violation.arguments().stream().map(String::valueOf).toArray();
        try {
            ResourceBundle english = ResourceBundle.getBundle("i18n.singlepoint", Locale.ROOT,
                    MailHandlerConfig.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(english.getString(violation.i18nKey()), Locale.ENGLISH).format(arguments);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return violation.i18nKey() + " " + violation.arguments();
        }
    }

    /** Reads the parameters; a wrong one is reported and its default used, so the handler still runs. */
    public static Read read(Map<String, String> params) {
        List<Violation> problems = new ArrayList<>();
        ProjectKeys projects = ProjectKeys.of(List.of());
        List<String> keys = list(params.get("projects"));
        // Core stops at the first wrong key; each is tried alone so that the page names every one at once.
        if (noWrongItems(keys, key -> ProjectKeys.of(List.of(key)), "projects", problems)) {
            projects = ProjectKeys.of(keys);
        }
        OwnAddresses own = OwnAddresses.NONE;
        List<String> addresses = list(params.get("addresses"));
        if (noWrongItems(addresses, address -> OwnAddresses.of(List.of(address)), "addresses", problems)) {
            own = OwnAddresses.of(addresses);
        }
        int maxPerHour = number(params, "maxPerHour", DEFAULT_MAX_PER_HOUR, 1, 100_000, problems);
        int keepBytes = number(params, "keepBytes", DEFAULT_KEEP_BYTES, 0, MAX_KEEP_BYTES, problems);
        int retentionDays = number(params, "retentionDays", MailLogRetention.DEFAULT_DAYS, 1, 36_500, problems);
        String domain = params.get("domain");
        domain = domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
        String project = blankToNull(params.get("project"));
        String issueType = blankToNull(params.get("issueType"));
        if (project != null && !PROJECT_KEY.matcher(project).matches()) {
            problems.add(Violation.of(ERROR + "project-key", new Setting("project"), project));
            project = null;
        }
        if (issueType != null && !ISSUE_TYPE_ID.matcher(issueType).matches()) {
            problems.add(Violation.of(ERROR + "issue-type-id", new Setting("issueType"), issueType));
            issueType = null;
        }
        if ((project == null) != (issueType == null)) {
            problems.add(Violation.of(ERROR + "project-and-issue-type", new Setting("project"),
                    new Setting("issueType")));
            project = null;
            issueType = null;
        }
        String commentAs = blankToNull(params.get("commentAs"));
        if (commentAs != null && !USERNAME.matcher(commentAs).matches()) {
            problems.add(Violation.of(ERROR + "username", new Setting("commentAs"), commentAs));
            commentAs = null;
        }
        boolean rejectReply = true;
        String reply = blankToNull(params.get("rejectReply"));
        if (reply != null) {
            if (reply.equalsIgnoreCase("true") || reply.equalsIgnoreCase("false")) {
                rejectReply = Boolean.parseBoolean(reply.toLowerCase(Locale.ROOT));
            } else {
                problems.add(Violation.of(ERROR + "boolean", new Setting("rejectReply"), reply));
            }
        }
        String forwardTo = blankToNull(params.get("forwardTo"));
        if (forwardTo != null && forwardTo.contains("@")
                && !forwardTo.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
            problems.add(Violation.of(ERROR + "forward-to", new Setting("forwardTo"), forwardTo));
            forwardTo = null;
        }
        for (String key : params.keySet()) {
            if (!PARAMETERS.contains(key)) {
                problems.add(Violation.of(ERROR + "unknown", key));
            }
        }
        MailSettings base = MailSettings.of(own, projects);
        MailSettings settings = new MailSettings(base.ownAddresses(), base.projectKeys(), base.replyRules(),
                base.attachmentRules(), base.limits(), maxPerHour, MailSettings.UnknownSender.REJECT);
        return new Read(new MailHandlerConfig(settings, domain, keepBytes, project, issueType,
                retentionDays, commentAs, rejectReply, forwardTo), problems);
    }

    /**
     * Reports each item core refuses (key {@code singlepoint.mail.handler.error.<parameter>}; core's English
     * message is not shown); {@code true} when there was none.
     */
    private static boolean noWrongItems(List<String> items, java.util.function.Consumer<String> check, String parameter,
                                      List<Violation> problems) {
        boolean right = true;
        for (String item : items) {
            try {
                check.accept(item);
            } catch (IllegalArgumentException e) {
                problems.add(Violation.of(ERROR + parameter, new Setting(parameter), item));
                right = false;
            }
        }
        return right;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(String value) {
        Set<String> items = new LinkedHashSet<>();
        if (value != null) {
            for (String item : value.split("[\\s;]+")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return List.copyOf(items);
    }

    private static int number(Map<String, String> params, String key, int fallback, int min, int max,
                              List<Violation> problems) {
        String value = params.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Violation.of(ERROR + "number", new Setting(key), value, String.valueOf(min), String.valueOf(max),
                String.valueOf(fallback)));
        return fallback;
    }
}
