package io.singlepoint.jira.sla;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.jira.sla.store.RecalcTaskStore;
import io.singlepoint.jira.sla.store.SlaProjectStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Starts background recalculations under the configuration in force. The job picks a task up within a run or two
 * and computes its issues page by page; {@link RecalcTaskStore#get} tells its progress. Recalculating never removes
 * results: those of earlier configuration versions stay readable.
 */
@Named
public final class SlaRecalculations {

    private final SearchService search;
    private final CurrentSlaConfig configs;
    private final SlaProjectStore projects;
    private final RecalcTaskStore tasks;
    private final Clock clock;

    @Inject
    public SlaRecalculations(SearchService search, CurrentSlaConfig configs, SlaProjectStore projects,
                             RecalcTaskStore tasks) {
        this(search, configs, projects, tasks, Clock.systemUTC());
    }

    public SlaRecalculations(SearchService search, CurrentSlaConfig configs, SlaProjectStore projects,
                             RecalcTaskStore tasks, Clock clock) {
        this.search = search;
        this.configs = configs;
        this.projects = projects;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Recalculates the issues {@code jql} finds for {@code author}.
     *
     * @throws InvalidJqlException   with Jira's messages, if Jira refuses the query
     * @throws IllegalStateException if no configuration was saved yet
     */
    public RecalcTask start(String jql, ApplicationUser author) {
        ParseResult parsed = search.parseQuery(author, jql);
        if (!parsed.isValid()) {
            throw new InvalidJqlException(jql, List.copyOf(parsed.getErrors().getErrorMessages()));
        }
        int version = configs.get()
                .orElseThrow(() -> new IllegalStateException("no SLA configuration has been saved yet"))
                .version();
        return tasks.create(jql, version, author.getKey(), clock.instant());
    }

    /**
     * Recalculates every issue of the projects whose SLAs are enabled: what a new configuration needs.
     *
     * @return the task; empty when no project has SLAs enabled
     * @throws IllegalStateException if no configuration was saved yet
     */
    public Optional<RecalcTask> startForEnabledProjects(ApplicationUser author) {
        List<Long> enabled = projects.enabledProjects();
        if (enabled.isEmpty()) {
            return Optional.empty();
        }
        String ids = enabled.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Optional.of(start("project in (" + ids + ")", author));
    }
}
