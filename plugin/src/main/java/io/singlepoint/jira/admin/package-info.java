/**
 * SinglePoint's pages in Jira administration (Administration → Manage apps → SinglePoint).
 *
 * <p>Every page goes through {@link io.singlepoint.jira.admin.AdminGate} first: only Jira administrators, in a
 * secure administrator session, see them.
 */
package io.singlepoint.jira.admin;
