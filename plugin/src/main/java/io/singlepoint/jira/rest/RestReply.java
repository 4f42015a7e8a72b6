package io.singlepoint.jira.rest;

/**
 * What a resource answers, before JAX-RS makes a response of it: an HTTP status and a JSON body.
 *
 * @param status the HTTP status
 * @param json   the body, a JSON document
 */
public record RestReply(int status, String json) {
}
