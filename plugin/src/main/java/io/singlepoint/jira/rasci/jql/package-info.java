/**
 * Searching the RASCI field: {@code issue in rasciRole("Accountable")} (where I am Accountable),
 * {@code issue in rasciRole("Informed", "group:network-team")}.
 *
 * <p>Why a JQL function over our own table, not a Lucene indexer with a custom-field searcher: Jira 10.3's indexer
 * API for custom fields ({@code com.atlassian.jira.issue.index.indexers.FieldIndexer}) hands the plugin Lucene
 * documents, while Jira 11 replaced it with its Search API ({@code com.atlassian.jira.search}); one source cannot
 * ship one indexer for both lines. The field type therefore mirrors every stored value into
 * {@link io.singlepoint.jira.rasci.RasciMemberships} (issue, field, role, participant; indexed), and the function
 * answers from that table only, never by loading issues. Jira applies the searcher's permissions to the ids found.
 */
package io.singlepoint.jira.rasci.jql;
