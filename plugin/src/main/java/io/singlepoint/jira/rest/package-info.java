/**
 * SinglePoint's REST resources under {@code /rest/singlepoint/1.0/}. A resource only translates HTTP to a service
 * in plain values ({@link io.singlepoint.jira.rest.RestReply}), which checks permissions explicitly and answers in
 * the caller's language.
 */
package io.singlepoint.jira.rest;
