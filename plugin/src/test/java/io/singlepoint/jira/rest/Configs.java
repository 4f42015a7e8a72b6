package io.singlepoint.jira.rest;

/** SLA configurations the REST tests save, validate and preview. */
final class Configs {

    /** Time to resolution: 4 working hours around the clock, paused while the user is asked. */
    static final String FOUR_HOURS = """
            {
              "calendars": {},
              "slas": [
                { "id": "ttr", "name": "Time to resolution",
                  "start": { "onCreate": true, "statuses": [] },
                  "pause": { "statuses": ["Info Requested", "Waiting User Response"] },
                  "stop":  { "statuses": ["Resolved"] },
                  "goals": [ { "match": {}, "target": "PT4H", "calendar": "24x7" } ] }
              ]
            }
            """;

    /** Tighter in general (2 hours), looser for high priority (24 hours), and a new SLA for the first response. */
    static final String TWO_HOURS_BUT_HIGH_A_DAY = """
            {
              "calendars": {},
              "slas": [
                { "id": "ttr", "name": "Time to resolution",
                  "start": { "onCreate": true, "statuses": [] },
                  "pause": { "statuses": ["Info Requested"] },
                  "stop":  { "statuses": ["Resolved"] },
                  "goals": [ { "match": { "priority": ["High"] }, "target": "PT24H", "calendar": "24x7" },
                             { "match": {}, "target": "PT2H", "calendar": "24x7" } ] },
                { "id": "ttfr", "name": "Time to first response",
                  "start": { "onCreate": true, "statuses": [] },
                  "pause": { "statuses": [] },
                  "stop":  { "statuses": ["In Progress", "Resolved"] },
                  "goals": [ { "match": {}, "target": "PT1H", "calendar": "24x7" } ] }
              ]
            }
            """;

    /** Three problems: an unknown calendar, a target that is no duration, a misspelt property. */
    static final String BROKEN = """
            {
              "calendars": {},
              "slas": [
                { "id": "ttr", "name": "Time to resolution",
                  "start": { "onCreate": true, "statuses": [] },
                  "pause": { "stauses": ["Info Requested"] },
                  "stop":  { "statuses": ["Resolved"] },
                  "goals": [ { "match": {}, "target": "four hours", "calendar": "berlin" } ] }
              ]
            }
            """;

    private Configs() {
    }
}
