package io.singlepoint.jira.rest;

import java.util.List;
import java.util.function.IntFunction;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Jira's issue search, as the calling user sees it: a project's latest issues, and JQL's own validation. */
@Named
public final class IssueSearch {

    private final SearchService search;
    private final IntFunction<PagerFilter<Issue>> pages;

    @Inject
    public IssueSearch(SearchService search) {
        this(search, PagerFilter::new);
    }

    /** @param pages the first page of a given size: Jira's pager, which only Jira can construct */
    IssueSearch(SearchService search, IntFunction<PagerFilter<Issue>> pages) {
        this.search = search;
        this.pages = pages;
    }

    /**
     * The project's {@code count} most recently created issues, newest first, that {@code user} may see.
     *
     * @throws SearchException if Jira's search fails
     */
    public List<Issue> latest(ApplicationUser user, Project project, int count) throws SearchException {
        // By id, which no rename of the project changes and which needs no quoting.
        SearchService.ParseResult parsed = search.parseQuery(user, "project = " + project.getId()
                + " ORDER BY created DESC");
        if (!parsed.isValid()) {
            throw new SearchException("Jira does not accept the query for project " + project.getKey() + ": "
                    + parsed.getErrors().getErrorMessages());
        }
        return search.search(user, parsed.getQuery(), pages.apply(count)).getResults();
    }

    /** What Jira finds wrong with {@code jql}, in the user's language; empty when it is a valid query. */
    public List<String> problems(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        return parsed.isValid() ? List.of() : List.copyOf(parsed.getErrors().getErrorMessages());
    }
}
