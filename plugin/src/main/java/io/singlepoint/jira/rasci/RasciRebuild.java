package io.singlepoint.jira.rasci;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.jira.rasci.ao.RasciRebuildEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the RASCI search table ({@link RasciMemberships}) from the fields' stored values, e.g. after a restore, an
 * import or bulk tools that bypass the field type. {@link #start} records the request and schedules a one-off job
 * ({@code RUN_ONCE_PER_CLUSTER}: one node runs it); the job searches, as the administrator who started it, per RASCI
 * field the issues with a value, a page of {@link #PAGE} at a time, and rewrites each issue's rows, saving its progress
 * after every page. Rewriting is idempotent: running it again gives the same rows.
 */
@Named
public final class RasciRebuild implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RasciRebuild.class);

    /** Stored by Jira's scheduler: never change. */
    static final String JOB_RUNNER_KEY = "io.singlepoint.jira.rasci.RasciRebuild";
    /** Stored by Jira's scheduler: never change. */
    static final String JOB_ID = "io.singlepoint.jira.rasci.rebuild";
    /** Issues searched and rewritten at once. */
    static final int PAGE = 100;

    /** Where a rebuild is. */
    public enum Status { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    /** A rebuild's state, as the defaults page shows it. */
    public record State(Status status, int done, int total, String message) {

        public boolean isActive() {
            return status == Status.QUEUED || status == Status.RUNNING;
        }
    }

    private final ActiveObjects ao;
    private final SchedulerService scheduler;
    private final SearchService search;
    private final CustomFieldManager fields;
    private final UserManager users;
    private final RasciMemberships memberships;

    @Inject
    public RasciRebuild(ActiveObjects ao, SchedulerService scheduler, SearchService search, CustomFieldManager fields,
                        UserManager users, RasciMemberships memberships) {
        this.ao = ao;
        this.scheduler = scheduler;
        this.search = search;
        this.fields = fields;
        this.users = users;
        this.memberships = memberships;
    }

    /** The runner's key, for {@link RasciLifecycle} to register this job on every node. */
    public static JobRunnerKey runnerKey() {
        return JobRunnerKey.of(JOB_RUNNER_KEY);
    }

    /** The last rebuild's state; empty if none was ever started. */
    public Optional<State> state() {
        RasciRebuildEntity[] rows = ao.find(RasciRebuildEntity.class);
        if (rows.length == 0) {
            return Optional.empty();
        }
        RasciRebuildEntity row = rows[0];
        return Optional.of(new State(Status.valueOf(row.getStatus()), row.getDone(), row.getTotal(),
                row.getMessage() == null ? "" : row.getMessage()));
    }

    /**
     * Starts a rebuild searching as {@code author}, unless one is queued or running already.
     *
     * @return whether a rebuild was started
     * @throws SchedulerServiceException if Jira's scheduler refuses the job (nothing is recorded then)
     */
    public boolean start(ApplicationUser author) throws SchedulerServiceException {
        if (state().filter(State::isActive).isPresent()) {
            return false;
        }
        scheduler.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(runnerKey())
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.runOnce(null)));
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(RasciRebuildEntity.class, "ID > ?", 0);
            ao.create(RasciRebuildEntity.class, new DBParam("STATUS", Status.QUEUED.name()),
                    new DBParam("DONE", 0), new DBParam("TOTAL", 0), new DBParam("AUTHOR_KEY", author.getKey()),
                    new DBParam("MESSAGE", ""));
            return null;
        });
        return true;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        State state = run(request::isCancellationRequested);
        return state.status() == Status.FAILED ? JobRunnerResponse.failed(state.message())
                : JobRunnerResponse.success(state.done() + " issues rewritten");
    }

    /** Runs the queued rebuild to its end (or until {@code cancelled}); never throws. */
    State run(BooleanSupplier cancelled) {
        RasciRebuildEntity[] rows = ao.find(RasciRebuildEntity.class);
        if (rows.length == 0 || !rows[0].getStatus().equals(Status.QUEUED.name())) {
            return state().orElse(new State(Status.DONE, 0, 0, ""));
        }
        RasciRebuildEntity row = rows[0];
        ApplicationUser author = users.getUserByKey(row.getAuthorKey());
        if (author == null) {
            return finish(row, Status.FAILED, "The administrator who started the rebuild no longer exists: "
                    + row.getAuthorKey());
        }
        try {
            List<CustomField> rasci = new ArrayList<>();
            List<Query> queries = new ArrayList<>();
            int total = 0;
            for (CustomField field : fields.getCustomFieldObjects()) {
                if (field.getCustomFieldType() instanceof RasciFieldType) {
                    Query query = query(author, field);
                    rasci.add(field);
                    queries.add(query);
                    total += search.search(author, query, new PagerFilter<>(0, 1)).getTotal();
                }
            }
            row.setStatus(Status.RUNNING.name());
            row.setTotal(total);
            row.save();
            int done = 0;
            for (int i = 0; i < rasci.size(); i++) {
                for (int start = 0; ; start += PAGE) {
                    if (cancelled.getAsBoolean()) {
                        return finish(row, Status.CANCELLED, "");
                    }
                    List<Issue> page = search.search(author, queries.get(i), new PagerFilter<>(start, PAGE))
                            .getResults();
                    for (Issue issue : page) {
                        Object value = rasci.get(i).getValue(issue);
                        memberships.replace(issue.getId(), rasci.get(i).getId(),
                                value instanceof RasciAssignment assignment ? assignment : null);
                    }
                    done += page.size();
                    row.setDone(done);
                    row.save();
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
            return finish(row, Status.DONE, "");
        } catch (SearchException | RuntimeException e) {
            LOG.warn("SinglePoint's RASCI search table rebuild failed: {}", e.toString());
            return finish(row, Status.FAILED, String.valueOf(e.getMessage()));
        }
    }

    /**
     * {@code cf[10100] is not EMPTY ORDER BY key} when Jira accepts it (the field has a searcher); else every issue
     * the author may see, whose empty values rewrite to no rows.
     */
    private Query query(ApplicationUser author, CustomField field) {
        String number = field.getId().substring(field.getId().lastIndexOf('_') + 1);
        ParseResult withValue = search.parseQuery(author, "cf[" + number + "] is not EMPTY ORDER BY key");
        if (withValue.isValid()) {
            return withValue.getQuery();
        }
        ParseResult every = search.parseQuery(author, "ORDER BY key");
        if (!every.isValid()) {
            throw new IllegalStateException("Jira refuses the query ORDER BY key: "
                    + String.join(" ", every.getErrors().getErrorMessages()));
        }
        return every.getQuery();
    }

    private State finish(RasciRebuildEntity row, Status status, String message) {
        row.setStatus(status.name());
        row.setMessage(message.length() > 450 ? message.substring(0, 450) : message);
        row.save();
        return new State(status, row.getDone(), row.getTotal(), row.getMessage());
    }
}
