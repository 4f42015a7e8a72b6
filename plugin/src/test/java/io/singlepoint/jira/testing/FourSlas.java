package io.singlepoint.jira.testing;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.TextNode;

import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.StatusChange;

/**
 * Four SLAs that stand four ways on one service-desk issue at {@link #NOW}, on a Berlin office calendar (weekdays
 * 09:00-17:00, i.e. 08:00-16:00 UTC in March) and on 24x7. {@link #waitingIssue(String)} was created at 09:00 Berlin
 * time, taken into progress at 09:30 and has waited for the customer since 11:00; at 13:00 Berlin time (NOW):
 * <ul>
 *     <li>{@code ttfr} First response, 1 h, 24x7: met after 30 min;</li>
 *     <li>{@code ttr} Time to resolution, 8 h office time, paused while waiting: 2 h counted, waiting on the user;</li>
 *     <li>{@code tth} Time to handle, 2 h, 24x7, never paused: 4 h counted, breached by 2 h;</li>
 *     <li>{@code tip} Time in progress, 8 h, 24x7, from "In Progress": 3 h 30 min counted, running.</li>
 * </ul>
 */
public final class FourSlas {

    /** Monday, 2 March 2026, 13:00 in Berlin. */
    public static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    public static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");

    public static final String CONFIG = config("Time to handle");

    private FourSlas() {
    }

    /** The configuration, with {@code tth} named {@code tthName}. */
    public static String config(String tthName) {
        return """
                {"calendars": {"berlin-office": {"zone": "Europe/Berlin",
                    "week": {"MONDAY": ["09:00-17:00"], "TUESDAY": ["09:00-17:00"], "WEDNESDAY": ["09:00-17:00"],
                             "THURSDAY": ["09:00-17:00"], "FRIDAY": ["09:00-17:00"]}}},
                 "slas": [
                  {"id": "ttfr", "name": "First response", "start": {"onCreate": true},
                   "stop": {"statuses": ["In Progress"]},
                   "goals": [{"match": {}, "target": "PT1H", "calendar": "24x7"}]},
                  {"id": "ttr", "name": "Time to resolution", "start": {"onCreate": true},
                   "pause": {"statuses": ["Waiting for customer"]}, "stop": {"statuses": ["Resolved"]},
                   "goals": [{"match": {}, "target": "PT8H", "calendar": "berlin-office"}]},
                  {"id": "tth", "name": %s, "start": {"onCreate": true},
                   "stop": {"statuses": ["Resolved"]},
                   "goals": [{"match": {}, "target": "PT2H", "calendar": "24x7"}]},
                  {"id": "tip", "name": "Time in progress", "start": {"onCreate": false, "statuses": ["In Progress"]},
                   "stop": {"statuses": ["Resolved"]},
                   "goals": [{"match": {}, "target": "PT8H", "calendar": "24x7"}]}]}"""
                .formatted(TextNode.valueOf(tthName).toString());
    }

    /** The status changes of the issue described above. */
    public static List<StatusChange> waitingChanges() {
        return List.of(
                new StatusChange(Instant.parse("2026-03-02T08:30:00Z"), "Open", "In Progress"),
                new StatusChange(Instant.parse("2026-03-02T10:00:00Z"), "In Progress", "Waiting for customer"));
    }

    public static IssueTimeline waitingIssue(String key) {
        return IssueTimeline.of(key, CREATED, "Open", waitingChanges());
    }
}
