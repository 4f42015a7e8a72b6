package io.singlepoint.jira.rasci;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 *
 * <p>Cluster-safe: the running rebuild writes a heartbeat (the {@link Clock}'s instant) with its progress after every
 * page. A queued or running rebuild without a heartbeat for longer than {@link #LEASE} counts as
 * {@link Status#INTERRUPTED} (its node stopped): a new one may start, and a job that finds it starts it again from the
 * first page. Either way the rebuild gets a new row; a run whose row is gone (it was only slow, not dead) stops at its
 * next page without writing, so two runs never rewrite side by side for long, and never record progress twice.
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
    /**
     * How long a queued or running rebuild may go without a heartbeat before it counts as interrupted. A page of
     * {@link #PAGE} issues takes seconds; ten minutes without one means its node stopped, not that it is slow.
     */
    public static final Duration LEASE = Duration.ofMinutes(10);

    /** Where a rebuild is. */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED,
        /** Queued or running, but without a heartbeat for longer than {@link #LEASE}: shown, never stored. */
        INTERRUPTED
    }

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
    private final Clock clock;

    @Inject
    public RasciRebuild(ActiveObjects ao, SchedulerService scheduler, SearchService search, CustomFieldManager fields,
                        UserManager users, RasciMemberships memberships) {
        this(ao, scheduler, search, fields, users, memberships, Clock.systemUTC());
    }

    public RasciRebuild(ActiveObjects ao, SchedulerService scheduler, SearchService search, CustomFieldManager fields,
                        UserManager users, RasciMemberships memberships, Clock clock) {
        this.clock = clock;
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
        return rows.length == 0 ? Optional.empty() : Optional.of(state(rows[0]));
    }

    private State state(RasciRebuildEntity row) {
        return new State(interrupted(row) ? Status.INTERRUPTED : Status.valueOf(row.getStatus()), row.getDone(),
                row.getTotal(), row.getMessage() == null ? "" : row.getMessage());
    }

    /**
     * Queued or running without a heartbeat for longer than {@link #LEASE}; a row without any heartbeat was written
     * before heartbeats existed, by a run that an upgrade of the app has ended.
     */
    private boolean interrupted(RasciRebuildEntity row) {
        if (!row.getStatus().equals(Status.QUEUED.name()) && !row.getStatus().equals(Status.RUNNING.name())) {
            return false;
        }
        Long heartbeat = row.getHeartbeatAt();
        return heartbeat == null || Instant.ofEpochMilli(heartbeat).plus(LEASE).isBefore(clock.instant());
    }

    /**
     * Starts a rebuild searching as {@code author}, unless one is queued or running already (and not interrupted).
     *
     * @return whether a rebuild was started
     * @throws SchedulerServiceException if Jira's scheduler refuses the job (nothing is recorded then)
     */
    public boolean start(ApplicationUser author) throws SchedulerServiceException {
        if (state().filter(State::isActive).isPresent()) {
            return false;
        }
        // The row first: the job may run at once, and must find it.
        RasciRebuildEntity row = queue(author.getKey());
        try {
            scheduler.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(runnerKey())
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.runOnce(null)));
        } catch (SchedulerServiceException | RuntimeException e) {
            ao.delete(row);
            throw e;
        }
        return true;
    }

    /** Replaces the rebuild's row by a queued one with a fresh heartbeat. */
    private RasciRebuildEntity queue(String authorKey) {
        return ao.executeInTransaction(() -> {
            ao.deleteWithSQL(RasciRebuildEntity.class, "ID > ?", 0);
            return ao.create(RasciRebuildEntity.class, new DBParam("STATUS", Status.QUEUED.name()),
                    new DBParam("DONE", 0), new DBParam("TOTAL", 0), new DBParam("AUTHOR_KEY", authorKey),
                    new DBParam("MESSAGE", ""), new DBParam("HEARTBEAT_AT", clock.millis()));
        });
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        State state = run(request::isCancellationRequested);
        return state.status() == Status.FAILED ? JobRunnerResponse.failed(state.message())
                : JobRunnerResponse.success(state.done() + " issues rewritten");
    }

    /**
     * Runs the queued rebuild, or an interrupted one from its first page, to its end (or until {@code cancelled},
     * or until a newer rebuild replaces it); does nothing while another run keeps its heartbeat fresh. Never throws.
     */
    State run(BooleanSupplier cancelled) {
        RasciRebuildEntity[] rows = ao.find(RasciRebuildEntity.class);
        if (rows.length == 0 || !interrupted(rows[0]) && !rows[0].getStatus().equals(Status.QUEUED.name())) {
            return state().orElse(new State(Status.DONE, 0, 0, ""));
        }
        RasciRebuildEntity row = interrupted(rows[0]) ? queue(rows[0].getAuthorKey()) : rows[0];
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
            if (replaced(row)) {
                return now(row);
            }
            row.setStatus(Status.RUNNING.name());
            row.setTotal(total);
            row.setHeartbeatAt(clock.millis());
            row.save();
            int done = 0;
            for (int i = 0; i < rasci.size(); i++) {
                for (int start = 0; ; start += PAGE) {
                    if (cancelled.getAsBoolean()) {
                        return finish(row, Status.CANCELLED, "");
                    }
                    if (replaced(row)) {
                        LOG.info("SinglePoint's RASCI search table rebuild stops: a newer rebuild replaced it");
                        return now(row);
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
                    row.setHeartbeatAt(clock.millis());
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

    /** Whether a newer rebuild has taken this one's place (its row is gone): this run must stop, writing nothing. */
    private boolean replaced(RasciRebuildEntity row) {
        return ao.count(RasciRebuildEntity.class, "ID = ?", row.getID()) == 0;
    }

    /** The state after this run was replaced: the newer rebuild's, or cancelled if its row was deleted by hand. */
    private State now(RasciRebuildEntity row) {
        return state().orElse(new State(Status.CANCELLED, row.getDone(), row.getTotal(), ""));
    }

    private State finish(RasciRebuildEntity row, Status status, String message) {
        if (replaced(row)) {
            return now(row);
        }
        row.setStatus(status.name());
        row.setMessage(message.length() > 450 ? message.substring(0, 450) : message);
        row.save();
        return new State(status, row.getDone(), row.getTotal(), row.getMessage());
    }
}
