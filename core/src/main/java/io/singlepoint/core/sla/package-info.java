/**
 * SLA clocks that pause while an issue waits on the user, measured on business calendars.
 *
 * <p>This package implements the SLA semantics of {@code DESIGN.md} ("Shared formats", SLA configuration) exactly:
 * <ul>
 *   <li>An {@link io.singlepoint.core.sla.IssueTimeline} is the creation in its initial status followed by
 *       its status changes in time order; changes at the same instant keep their input order; a change dated before
 *       creation counts at creation. Status names compare ignoring case, as {@link String#equalsIgnoreCase} does.
 *       Events after "now" are ignored.</li>
 *   <li>A {@linkplain io.singlepoint.core.sla.Cycle cycle} starts when none runs and the issue is created with
 *       {@code onCreate}, or enters a start status; it stops when the issue enters a stop status. Stop wins over
 *       start. A cycle started in a pause status starts paused. Creation counts as entering the initial status:
 *       created in a start status starts a cycle even without {@code onCreate}, created in a stop status never
 *       does.</li>
 *   <li>The {@linkplain io.singlepoint.core.sla.Goal goal} is the first whose match holds for the current
 *       fields; its target is working time on its calendar, which measures every cycle. No goal: no target,
 *       {@code 24x7}, never breached.</li>
 *   <li>Working time is measured by a {@link io.singlepoint.core.sla.BusinessCalendar}: half-open intervals
 *       {@code [from, to)} of real elapsed time, local working ranges resolved in the calendar's zone by java.time's
 *       rules (a time in a DST gap moves forward by the gap's length, one in an overlap takes the earlier offset).</li>
 * </ul>
 * Durations are whole milliseconds; instants are taken at millisecond precision. {@link
 * io.singlepoint.core.sla.SlaEngine} is a pure function of the definition, the timeline and "now".
 */
package io.singlepoint.core.sla;
