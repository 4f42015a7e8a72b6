/**
 * The Jira app: adapters from Jira to {@code io.singlepoint.core} and back.
 *
 * <p>Each class here implements one Jira module or wraps one Jira service, reads Jira objects into core values,
 * calls core, and writes core's answer back through Jira's API. Business decisions live in core. The sources are
 * written for Jira 11 ({@code jakarta.*}); the Jira 10 jar is compiled from the same files with the moved
 * namespaces renamed to {@code javax.*} (see the root {@code pom.xml}), so nothing here may depend on which one it
 * is beyond the import lines.
 */
package io.singlepoint.jira;
