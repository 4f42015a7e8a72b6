/**
 * The SLA panel on the issue view: what an agent sees of an issue's SLAs.
 *
 * <p>{@link io.singlepoint.jira.sla.panel.SlaPanelCondition} shows it for the issues of projects with SLAs once an SLA
 * configuration is saved; {@link io.singlepoint.jira.sla.panel.SlaPanelContextProvider} computes the SLAs live
 * as of now with core's engine, so the panel is exact even before the job has stored them, and
 * {@link io.singlepoint.jira.sla.panel.SlaPanelViews} puts core's {@link io.singlepoint.core.sla.SlaBadge}s into the
 * user's words, time zone and date format for {@code templates/sla/sla-panel-view.vm}.
 */
package io.singlepoint.jira.sla.panel;
