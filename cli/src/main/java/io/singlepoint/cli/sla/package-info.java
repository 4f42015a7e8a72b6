/**
 * {@code singlepoint sla}: SLA commands on exported files. {@link io.singlepoint.cli.sla.ReplayCommand} streams a
 * Jira export through core's {@link io.singlepoint.core.sla.IssueHistoryReader} and
 * {@link io.singlepoint.core.sla.SlaEngine} into a {@link io.singlepoint.cli.sla.Report} (table, JSON Lines or CSV),
 * one issue at a time.
 */
package io.singlepoint.cli.sla;
