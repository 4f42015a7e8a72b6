package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Stand-in: jira-api. Since Jira 8 {@code search} returns the generic {@code SearchResults<Issue>} (before: a raw
 * {@code SearchResults} with {@code getIssues()}); {@code ApplicationUser} since Jira 7. The {@code PagerFilter}
 * parameter is raw in the real interface too.
 */
public interface SearchService {

    @SuppressWarnings("rawtypes")
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** A final class nested in the interface (implicitly {@code public static}). */
    final class ParseResult {

        private ParseResult() {
            throw new UnsupportedOperationException("stand-in");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("stand-in");
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("stand-in");
        }

        public MessageSet getErrors() {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
