/**
 * SinglePoint's JQL functions: {@code issue in slaBreached("ttr")}, {@code slaPaused("ttr")},
 * {@code slaRunning("ttr")}, {@code slaDueWithin("ttr", "4h")} and {@code slaWaitingOnAgent()}.
 *
 * <p>They answer from the SLA states stored for the configuration in force ({@link
 * io.singlepoint.jira.sla.store.SlaStateStore}), never by recomputing, so a search costs a range query on indexed
 * columns whatever the number of issues. What they find is what the job last computed: an issue changed a moment ago
 * is found once the job has run. Jira applies the searcher's permissions to the ids they return.
 */
package io.singlepoint.jira.sla.jql;
