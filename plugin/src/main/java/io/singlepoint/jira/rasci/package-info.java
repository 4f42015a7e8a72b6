/**
 * The RASCI custom field: {@link io.singlepoint.jira.rasci.RasciFieldType} (view, edit, column and XML templates
 * over {@link io.singlepoint.jira.rasci.RasciFieldView}), reading typed participants
 * ({@link io.singlepoint.jira.rasci.RasciForm}, {@link io.singlepoint.jira.rasci.RasciPeople}), the policy's
 * messages ({@link io.singlepoint.jira.rasci.RasciMessages}) and the search table
 * ({@link io.singlepoint.jira.rasci.RasciMemberships}). The domain is core's {@code io.singlepoint.core.rasci}.
 *
 * <p>Deactivated and deleted users stay in a value: they are shown by display name or stored key and marked
 * ({@link io.singlepoint.jira.rasci.Person#isGone()}), so that later notifications can skip them.
 */
package io.singlepoint.jira.rasci;
