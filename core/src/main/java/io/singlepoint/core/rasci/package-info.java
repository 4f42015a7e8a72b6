/**
 * RASCI: who is Responsible, Accountable, Supportive, Consulted and Informed on an issue.
 *
 * <p>A {@link io.singlepoint.core.rasci.RasciAssignment} maps each {@link io.singlepoint.core.rasci.RasciRole} to an
 * ordered set of {@link io.singlepoint.core.rasci.Participant}s: Jira users by user key, groups, or outside e-mail
 * addresses. A {@link io.singlepoint.core.rasci.RasciPolicy} says what a valid assignment is (by default exactly one
 * Accountable and at least one Responsible) and returns every violation at once, as i18n keys.
 * {@link io.singlepoint.core.rasci.RasciJson} is the stored form, versioned; {@link io.singlepoint.core.rasci.RasciDiff}
 * says what changed between two assignments, for the change history; {@link io.singlepoint.core.rasci.RasciDefaults}
 * fills an empty field from the issue when it is created.
 */
package io.singlepoint.core.rasci;
