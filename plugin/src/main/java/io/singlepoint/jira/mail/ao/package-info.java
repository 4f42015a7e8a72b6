/** Active Objects entities of the mail handler: its processing log. */
package io.singlepoint.jira.mail.ao;
