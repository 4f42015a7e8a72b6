package com.atlassian.jira.issue.search;

import java.util.List;

/** Stand-in: jira-api. A generic class since Jira 8 ({@code getResults()} replaced {@code getIssues()}). */
public class SearchResults<T> {

    private SearchResults() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The results on the requested page. */
    public List<T> getResults() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The number of matches over all pages. */
    public int getTotal() {
        throw new UnsupportedOperationException("stand-in");
    }
}
