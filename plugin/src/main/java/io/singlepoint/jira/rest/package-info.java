/**
 * SinglePoint's REST API, {@code /rest/singlepoint/1.0/}: an issue's computed SLAs (for whoever may browse the
 * issue) and the SLA administration (Jira administrators only): configuration versions, validation, preview,
 * recalculations and per-project settings.
 *
 * <p>Each resource checks permissions itself, whatever annotations a Jira line honours, and answers JSON written
 * with the app's own Jackson into String entities, so that neither Jira's Jackson 1 nor Jackson 2 providers are
 * involved. Errors are {@code {"error": "<localized message>", "problems": [{"path", "message"}]}}. Every change
 * an administrator makes leaves a line in the audit log ({@link io.singlepoint.jira.rest.AdminAudit}).
 *
 * <p>An issue's RASCI value ({@link io.singlepoint.jira.rest.RasciResource}): read for whoever may browse the issue,
 * written for whoever may edit it, and checked against the policy.
 */
package io.singlepoint.jira.rest;
