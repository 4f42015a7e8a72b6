/** The administration page of change notifications: the send log with resend, and each project's sender. */
package io.singlepoint.jira.notify.admin;
