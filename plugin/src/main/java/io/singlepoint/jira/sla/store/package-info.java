/**
 * The SLA features' data, over Active Objects: configuration versions, computed standings, the recalculation queue
 * and tasks, project settings and requesters' replies. Every store is stateless; everything another cluster node
 * needs is in the database. Instants come from the caller.
 */
package io.singlepoint.jira.sla.store;
