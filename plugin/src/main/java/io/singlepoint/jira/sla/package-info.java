/**
 * SLA-pausing statuses inside Jira: adapters between Jira's issues and core's SLA engine.
 *
 * <p>{@link io.singlepoint.jira.sla.CurrentSlaConfig} gives the configuration every node agrees on;
 * {@link io.singlepoint.jira.sla.JiraTimelines} reads an issue into an {@link io.singlepoint.core.sla.IssueTimeline}.
 * Everything else (listener, job, panel, searches, REST) builds on these two and on the stores in
 * {@code io.singlepoint.jira.sla.store}.
 *
 * <p>Keeping clocks current: {@link io.singlepoint.jira.sla.SlaIssueListener} queues every changed issue of an enabled
 * project and hands comments to {@link io.singlepoint.jira.sla.SlaReplies}; the job in
 * {@code io.singlepoint.jira.sla.jobs}, scheduled by {@link io.singlepoint.jira.sla.SlaLifecycle}, computes them with
 * {@link io.singlepoint.jira.sla.SlaComputer}; {@link io.singlepoint.jira.sla.SlaRecalculations} starts the background
 * recalculation of many issues.
 */
package io.singlepoint.jira.sla;
