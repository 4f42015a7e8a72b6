package io.singlepoint.jira.sla.panel;

/**
 * One cycle of an SLA on the panel, in words.
 *
 * @param start    when it started, as Jira formats dates for the viewer
 * @param stop     when it stopped, or that it still runs
 * @param elapsed  the working time it counted
 * @param paused   the working time it waited on the user
 * @param breached yes or no
 */
public record SlaPanelCycle(String start, String stop, String elapsed, String paused, String breached) {
}
