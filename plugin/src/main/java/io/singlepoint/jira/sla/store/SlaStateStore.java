package io.singlepoint.jira.sla.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.core.sla.SlaResult;
import io.singlepoint.core.sla.SlaResultJson;
import io.singlepoint.core.sla.SlaStanding;
import io.singlepoint.core.sla.SlaState;
import io.singlepoint.jira.sla.ao.SlaStateEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Computed SLAs per issue and configuration version. Writing an issue's results replaces only that version's rows,
 * so results of earlier versions stay readable. The searches answer from the stored standings alone, as
 * {@link SlaStanding} defines them, with range conditions on the indexed columns.
 */
@Named
public final class SlaStateStore {

    private final ActiveObjects ao;

    @Inject
    public SlaStateStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Replaces the issue's results under {@code version} with {@code results}, all or nothing. */
    public void replace(long issueId, int version, List<SlaResult> results, Instant computedAt) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(SlaStateEntity.class, "ISSUE_ID = ? AND CONFIG_VERSION = ?", issueId, version);
            for (SlaResult result : results) {
                SlaStanding standing = SlaStanding.of(result);
                // No breach instant (no target, or paused short of it) is NULL: a range from now never includes it.
                ao.create(SlaStateEntity.class,
                        new DBParam("ISSUE_ID", issueId),
                        new DBParam("SLA_ID", result.sla()),
                        new DBParam("CONFIG_VERSION", version),
                        new DBParam("STATE", result.state().name()),
                        new DBParam("BREACHED", standing.breached()),
                        new DBParam("BREACH_AT", standing.breachAt() == null ? null : standing.breachAt().toEpochMilli()),
                        new DBParam("RESULT_JSON", SlaResultJson.write(result)),
                        new DBParam("COMPUTED_AT", computedAt.toEpochMilli()));
            }
            return null;
        });
    }

    /** The issue's results under {@code version}, in the order they were written. */
    public List<StoredSla> of(long issueId, int version) {
        return Arrays.stream(ao.find(SlaStateEntity.class,
                        Query.select().where("ISSUE_ID = ? AND CONFIG_VERSION = ?", issueId, version).order("ID")))
                .map(entity -> new StoredSla(entity.getIssueId(), entity.getConfigVersion(),
                        SlaResultJson.read(entity.getResultJson()), Instant.ofEpochMilli(entity.getComputedAt())))
                .toList();
    }

    /** The configuration versions the issue has results for, oldest first. */
    public List<Integer> versions(long issueId) {
        TreeSet<Integer> versions = new TreeSet<>();
        for (SlaStateEntity entity : ao.find(SlaStateEntity.class,
                Query.select("ID, CONFIG_VERSION").where("ISSUE_ID = ?", issueId))) {
            versions.add(entity.getConfigVersion());
        }
        return List.copyOf(versions);
    }

    /** Removes every result of a deleted issue. */
    public void forget(long issueId) {
        ao.deleteWithSQL(SlaStateEntity.class, "ISSUE_ID = ?", issueId);
    }

    /** Issues whose last cycle of {@code slaId} is breached at {@code now}: {@link SlaStanding#breachedAt}. */
    public List<Long> breached(String slaId, int version, Instant now) {
        return issues("SLA_ID = ? AND CONFIG_VERSION = ? AND (BREACHED = ? OR (STATE = ? AND BREACH_AT < ?))",
                slaId, version, Boolean.TRUE, SlaState.RUNNING.name(), now.toEpochMilli());
    }

    /** Issues whose clock for {@code slaId} is in {@code state}. */
    public List<Long> inState(String slaId, int version, SlaState state) {
        return issues("SLA_ID = ? AND CONFIG_VERSION = ? AND STATE = ?", slaId, version, state.name());
    }

    /** Issues whose clock for {@code slaId} runs and breaches within {@code window}: {@link SlaStanding#dueWithin}. */
    public List<Long> dueWithin(String slaId, int version, Instant now, Duration window) {
        return issues("SLA_ID = ? AND CONFIG_VERSION = ? AND STATE = ? AND BREACH_AT >= ? AND BREACH_AT <= ?",
                slaId, version, SlaState.RUNNING.name(), now.toEpochMilli(), now.plus(window).toEpochMilli());
    }

    private List<Long> issues(String where, Object... parameters) {
        List<Long> issues = new ArrayList<>();
        ao.stream(SlaStateEntity.class, Query.select("ID, ISSUE_ID").where(where, parameters).order("ISSUE_ID"),
                entity -> issues.add(entity.getIssueId()));
        return issues;
    }
}
