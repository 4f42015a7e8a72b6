/** Active Objects entities of the mail handler: its processing log and the addresses that bounced. */
package io.singlepoint.jira.mail.ao;
