package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import io.singlepoint.core.rasci.RasciRole;

/**
 * What a notification template sees, as {@code $view}: the issue, the recipient, the service desk and the change
 * window, formatted for the recipient's language and time zone (the service desk's when theirs is unknown).
 *
 * <p>Every value a user typed comes twice: {@code summary()} as typed, for subjects and text bodies, and
 * {@code summaryHtml()} HTML-escaped, for HTML bodies. Jira's template engine leaves references ending in {@code Html}
 * alone and escapes the rest; HTML templates therefore write only the {@code ...Html()} forms, and are escaped exactly
 * once under Jira's engine and under a plain one. Values that are absent are empty strings, never {@code null}; field
 * values are on one line, control characters removed.
 * Numbers and role ids need no escaping.
 */
public final class MailView {

    private final Stage stage;
    private final IssueFacts issue;
    private final Recipient recipient;
    private final ServiceDesk desk;
    private final Instant windowStart;
    private final Instant windowEnd;
    private final Locale locale;
    private final ZoneId zone;
    private final Instant now;

    MailView(Stage stage, IssueFacts issue, Recipient recipient, ServiceDesk desk, NotificationConfig config,
             Locale locale, ZoneId zone, Instant now) {
        this.stage = requireNonNull(stage, "stage");
        this.issue = requireNonNull(issue, "issue");
        this.recipient = requireNonNull(recipient, "recipient");
        this.desk = requireNonNull(desk, "desk");
        this.windowStart = issue.date(stage == Stage.REMINDER ? config.reminderDateField() : config.windowStart());
        this.windowEnd = issue.date(config.windowEnd());
        this.locale = requireNonNull(locale, "locale");
        this.zone = requireNonNull(zone, "zone");
        this.now = requireNonNull(now, "now");
    }

    /** The stage's id, {@code change-approved}. */
    public String stage() {
        return stage.id();
    }

    public String issueKey() {
        return issue.key();
    }

    public String issueKeyHtml() {
        return Html.escape(issue.key());
    }

    /** The summary on one line (a summary is a one-line field; a line break in it could fake a paragraph). */
    public String summary() {
        return text(issue.summary());
    }

    public String summaryHtml() {
        return Html.escape(summary());
    }

    public String status() {
        return text(issue.status());
    }

    public String statusHtml() {
        return Html.escape(status());
    }

    public String issueType() {
        return text(issue.issueType());
    }

    public String issueTypeHtml() {
        return Html.escape(issueType());
    }

    public String priority() {
        return text(issue.priority());
    }

    public String priorityHtml() {
        return Html.escape(priority());
    }

    public boolean hasLink() {
        return issue.url() != null;
    }

    /** The issue's page, {@code https://jira.example.com/browse/SD-12}; empty if unknown. */
    public String link() {
        return issue.url() == null ? "" : issue.url().toString();
    }

    /** The link, escaped for an {@code href="..."} or text. */
    public String linkHtml() {
        return Html.escape(link());
    }

    public boolean hasRecipientName() {
        return !recipientName().isEmpty();
    }

    /** The recipient's name as the directory has it, on one line; empty if unknown. */
    public String recipientName() {
        String name = recipient.mailbox().name();
        return name == null ? "" : name;
    }

    public String recipientNameHtml() {
        return Html.escape(recipientName());
    }

    public boolean hasRoles() {
        return !recipient.roles().isEmpty();
    }

    /** The RASCI roles the recipient holds on the issue, in R, A, S, C, I order, as ids: {@code consulted}. */
    public List<String> roles() {
        return recipient.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether the recipient holds the role of this id or letter ({@code "C"}, {@code "consulted"}). */
    public boolean hasRole(String role) {
        return recipient.roles().contains(RasciRole.of(role));
    }

    public String serviceDeskName() {
        String name = desk.from().name();
        return name == null ? desk.from().address().value() : name;
    }

    public String serviceDeskNameHtml() {
        return Html.escape(serviceDeskName());
    }

    /** The address replies go to. */
    public String serviceDeskAddress() {
        return desk.replyTo().value();
    }

    public String serviceDeskAddressHtml() {
        return Html.escape(serviceDeskAddress());
    }

    public boolean hasWindow() {
        return windowStart != null;
    }

    public boolean hasWindowEnd() {
        return windowStart != null && windowEnd != null && windowEnd.isAfter(windowStart);
    }

    /** The window's start in the reader's language and zone: {@code Thursday, July 2, 2026 at 8:00 AM CEST}. */
    public String windowStart() {
        return windowStart == null ? "" : dateTime(windowStart);
    }

    public String windowStartHtml() {
        return Html.escape(windowStart());
    }

    public String windowEnd() {
        return windowEnd == null ? "" : dateTime(windowEnd);
    }

    public String windowEndHtml() {
        return Html.escape(windowEnd());
    }

    /**
     * The window as one phrase: start and end, the end's date left out when it is the same day,
     * {@code Thursday, July 2, 2026 at 8:00 AM – 10:00 AM CEST}; just the start without an end.
     */
    public String window() {
        if (!hasWindowEnd()) {
            return windowStart();
        }
        ZonedDateTime start = windowStart.atZone(zone);
        ZonedDateTime end = windowEnd.atZone(zone);
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return windowStart() + " – " + windowEnd();
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(start) + " – " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(end) + " " + zoneName(end);
    }

    public String windowHtml() {
        return Html.escape(window());
    }

    /** The zone times are shown in, its id: {@code Europe/Berlin}. */
    public String timeZone() {
        return zone.getId();
    }

    /** Whole hours from now until the window starts, rounded; 0 without a window or once it started. */
    public long hoursLeft() {
        return (minutesLeft() + 30) / 60;
    }

    /** Whole days until the window starts, rounded. */
    public long daysLeft() {
        return (hoursLeft() + 12) / 24;
    }

    /** Minutes until the window starts; 0 without a window or once it started. */
    public long minutesLeft() {
        if (windowStart == null || !now.isBefore(windowStart)) {
            return 0;
        }
        return Duration.between(now, windowStart).toMinutes();
    }

    private String dateTime(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale).format(at)
                + " " + zoneName(at);
    }

    private String zoneName(ZonedDateTime at) {
        return DateTimeFormatter.ofPattern("zzz", locale).format(at);
    }

    /** A field's value on one line, as long as a Jira text field may be; empty for none. */
    private static String text(String value) {
        return value == null ? "" : HeaderValue.oneLine(value, 255);
    }
}
