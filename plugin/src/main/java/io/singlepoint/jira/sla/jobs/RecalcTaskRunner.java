package io.singlepoint.jira.sla.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.sal.api.message.I18nResolver;

import io.singlepoint.jira.sla.CurrentSlaConfig;
import io.singlepoint.jira.sla.CurrentSlaConfig.Versioned;
import io.singlepoint.jira.sla.SlaComputer;
import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.jira.sla.store.RecalcTask.Status;
import io.singlepoint.jira.sla.store.RecalcTaskStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Advances the oldest unfinished recalculation: searches its JQL as its author, counts the issues, then computes them
 * a page at a time under the task's configuration version, saving the progress after each page. A task stopped by
 * the end of a run resumes at its saved progress in the next run, on whichever node runs it. Issues that change
 * while it pages are queued by their events anyway, so a page that shifts under it loses nothing.
 */
@Named
public final class RecalcTaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RecalcTaskRunner.class);

    /** Issues searched and computed at once. */
    static final int PAGE = 100;

    private final RecalcTaskStore tasks;
    private final SearchService search;
    private final UserManager users;
    private final CurrentSlaConfig configs;
    private final SlaComputer computer;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public RecalcTaskRunner(RecalcTaskStore tasks, SearchService search, UserManager users, CurrentSlaConfig configs,
                            SlaComputer computer, I18nResolver i18n) {
        this(tasks, search, users, configs, computer, i18n, Clock.systemUTC());
    }

    public RecalcTaskRunner(RecalcTaskStore tasks, SearchService search, UserManager users, CurrentSlaConfig configs,
                            SlaComputer computer, I18nResolver i18n, Clock clock) {
        this.tasks = tasks;
        this.search = search;
        this.users = users;
        this.configs = configs;
        this.computer = computer;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** @return how many issues were computed */
    int run(Budget budget) {
        if (budget.isSpent()) {
            return 0;
        }
        Optional<RecalcTask> next = tasks.oldestUnfinished();
        if (next.isEmpty()) {
            return 0;
        }
        RecalcTask task = next.get();
        try {
            return advance(task, budget);
        } catch (SearchException | RuntimeException e) {
            LOG.warn("SinglePoint's SLA recalculation {} ({}) failed: {}", task.id(), task.jql(), e.toString());
            fail(task, i18n.getText("singlepoint.sla.recalc.failed.error", String.valueOf(e.getMessage())));
            return 0;
        }
    }

    private int advance(RecalcTask task, Budget budget) throws SearchException {
        ApplicationUser author = users.getUserByKey(task.authorKey());
        if (author == null) {
            fail(task, i18n.getText("singlepoint.sla.recalc.failed.author", task.authorKey()));
            return 0;
        }
        Optional<Versioned> config = configs.version(task.configVersion());
        if (config.isEmpty()) {
            fail(task, i18n.getText("singlepoint.sla.recalc.failed.version", String.valueOf(task.configVersion())));
            return 0;
        }
        ParseResult parsed = search.parseQuery(author, task.jql());
        if (!parsed.isValid()) {
            fail(task, i18n.getText("singlepoint.sla.recalc.failed.query",
                    String.join(" ", parsed.getErrors().getErrorMessages())));
            return 0;
        }
        Query query = parsed.getQuery();
        int total = task.total();
        if (task.status() == Status.QUEUED) {
            total = search.search(author, query, new PagerFilter<>(0, 1)).getTotal();
            tasks.started(task.id(), total);
        }
        return computePages(task, author, query, config.get(), total, budget);
    }

    private int computePages(RecalcTask task, ApplicationUser author, Query query, Versioned config, int total,
                             Budget budget) throws SearchException {
        int done = task.status() == Status.QUEUED ? 0 : task.done();
        int computed = 0;
        boolean finished = done >= total;
        while (!finished && !budget.isSpent()) {
            List<Issue> page = search.search(author, query, new PagerFilter<>(done, PAGE)).getResults();
            page.forEach(issue -> computer.compute(issue.getId(), config));
            done += page.size();
            computed += page.size();
            tasks.progress(task.id(), done);
            // A short page: fewer issues match than when the task started (some were deleted or moved).
            finished = done >= total || page.size() < PAGE;
        }
        if (finished) {
            tasks.finished(task.id(), Status.DONE, "", clock.instant());
        }
        return computed;
    }

    private void fail(RecalcTask task, String message) {
        tasks.finished(task.id(), Status.FAILED, message, clock.instant());
    }
}
