/** The stores of change notifications: intents and their send log, and per-project senders. */
package io.singlepoint.jira.notify.store;
