/**
 * Change notifications in Jira, as adapters of a few lines around {@code io.singlepoint.core.notify}: the
 * "Send change notification" post-function ({@link io.singlepoint.jira.notify.NotifyPostFunction}, configured by
 * {@link io.singlepoint.jira.notify.NotifyFunctionFactory}) records an intent inside the transition; the sending job
 * ({@link io.singlepoint.jira.notify.NotifySender}, scheduled once per cluster by
 * {@link io.singlepoint.jira.notify.NotifyLifecycle}) asks core what to do with each due intent and sends each
 * recipient's mail through Jira's SMTP server ({@link io.singlepoint.jira.notify.JiraSmtp}), logging every mail under
 * its delivery key and Message-ID so that nothing is sent twice and replies can be threaded.
 */
package io.singlepoint.jira.notify;
