/**
 * SLA-pausing statuses inside Jira: adapters between Jira's issues and core's SLA engine.
 *
 * <p>{@link io.singlepoint.jira.sla.CurrentSlaConfig} gives the configuration every node agrees on;
 * {@link io.singlepoint.jira.sla.JiraTimelines} reads an issue into an {@link io.singlepoint.core.sla.IssueTimeline}.
 * Everything else (listener, job, panel, searches, REST) builds on these two and on the stores in
 * {@code io.singlepoint.jira.sla.store}.
 */
package io.singlepoint.jira.sla;
