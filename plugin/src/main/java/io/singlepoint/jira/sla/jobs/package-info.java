/**
 * The SLA job: one scheduled run at a time across the cluster, within a time budget, that hands waiting issues back
 * after their users' replies, computes the queued issues and advances background recalculations. Each part keeps its
 * progress in the database, so the next run, on any node, continues where the last one stopped.
 */
package io.singlepoint.jira.sla.jobs;
