package io.singlepoint.jira.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;

import io.singlepoint.core.sla.ResumeOnReply;
import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaEngine;
import io.singlepoint.jira.sla.CurrentSlaConfig.Versioned;
import io.singlepoint.jira.sla.store.SlaProjectStore;
import io.singlepoint.jira.sla.store.SlaReplyStore;
import io.singlepoint.jira.sla.store.SlaStateStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes one issue's SLAs as of now, from its whole change history, and stores them under a configuration
 * version. Idempotent: computing an issue again stores the same results, so a queue row served twice does no harm.
 * It reads the change history, so it belongs in the job, never in an event listener. A failure to compute one issue
 * is logged with its key and reported as {@link Outcome#FAILED}, so that one issue cannot stop a batch.
 */
@Named
public final class SlaComputer {

    /** What became of one issue. */
    public enum Outcome {
        /** Its results are stored. */
        COMPUTED,
        /**
         * The issue no longer exists, or its project has SLAs switched off: its results of every version and its
         * flags are gone, so no JQL function finds it any more.
         */
        FORGOTTEN,
        /** No configuration was saved yet: nothing is stored. */
        SKIPPED,
        /** Reading or computing it failed: logged with its key, its earlier results stay. */
        FAILED
    }

    private static final Logger LOG = LoggerFactory.getLogger(SlaComputer.class);

    private final IssueManager issues;
    private final SlaProjectStore projects;
    private final CurrentSlaConfig configs;
    private final JiraTimelines timelines;
    private final SlaStateStore states;
    private final SlaReplyStore replies;
    private final Clock clock;

    @Inject
    public SlaComputer(IssueManager issues, SlaProjectStore projects, CurrentSlaConfig configs,
                       JiraTimelines timelines, SlaStateStore states, SlaReplyStore replies) {
        this(issues, projects, configs, timelines, states, replies, Clock.systemUTC());
    }

    public SlaComputer(IssueManager issues, SlaProjectStore projects, CurrentSlaConfig configs,
                       JiraTimelines timelines, SlaStateStore states, SlaReplyStore replies, Clock clock) {
        this.issues = issues;
        this.projects = projects;
        this.configs = configs;
        this.timelines = timelines;
        this.states = states;
        this.replies = replies;
        this.clock = clock;
    }

    /** Computes the issue under the configuration in force. */
    public Outcome compute(long issueId) {
        return compute(issueId, configs::get);
    }

    /** Computes the issue under {@code config}, as a recalculation of a chosen version does. */
    public Outcome compute(long issueId, Versioned config) {
        return compute(issueId, () -> Optional.of(config));
    }

    private Outcome compute(long issueId, Supplier<Optional<Versioned>> config) {
        Issue issue = issues.getIssueObject(issueId);
        if (issue == null || !projects.isEnabled(issue.getProjectId())) {
            states.forget(issueId);
            replies.clearFlags(issueId);
            return Outcome.FORGOTTEN;
        }
        Optional<Versioned> versioned = config.get();
        if (versioned.isEmpty()) {
            return Outcome.SKIPPED;
        }
        try {
            store(issue, versioned.get());
            return Outcome.COMPUTED;
        } catch (RuntimeException e) {
            LOG.warn("SinglePoint could not compute the SLAs of {}: {}", issue.getKey(), e.toString());
            return Outcome.FAILED;
        }
    }

    private void store(Issue issue, Versioned versioned) {
        SlaConfig slas = versioned.config();
        Instant now = clock.instant();
        states.replace(issue.getId(), versioned.version(),
                SlaEngine.evaluate(slas, timelines.timeline(issue, slas.matchedFields()), now), now);
        if (!ResumeOnReply.isWaiting(issue.getStatus().getName(), slas)) {
            replies.clearFlags(issue.getId());
        }
    }
}
