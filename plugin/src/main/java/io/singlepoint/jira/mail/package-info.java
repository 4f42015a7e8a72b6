/**
 * The service-desk mail handler (issue 8): {@link io.singlepoint.jira.mail.ServiceDeskMailHandler}, a
 * {@code message-handler} for Jira's incoming-mail service, hands each mail's raw bytes to
 * {@link io.singlepoint.jira.mail.MailProcessor}, which lets core's {@code io.singlepoint.core.mail} read and decide it
 * and carries the decision out: a comment by the sender on the right issue with the kept files, the SLA resumed;
 * automatic mail, the service desk's own mail and duplicates ignored; every decision in the processing log
 * ({@link io.singlepoint.jira.mail.MailLogStore}) with the raw mail.
 */
package io.singlepoint.jira.mail;
