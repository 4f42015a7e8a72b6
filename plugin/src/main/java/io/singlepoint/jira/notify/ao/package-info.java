/**
 * The Active Objects tables of change notifications: intents (one per idempotency key), deliveries (one per mail
 * sent, with its Message-ID) and per-project senders.
 */
package io.singlepoint.jira.notify.ao;
