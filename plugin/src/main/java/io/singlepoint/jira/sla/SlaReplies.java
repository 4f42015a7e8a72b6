package io.singlepoint.jira.sla;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.sla.ResumeOnReply;
import io.singlepoint.core.sla.ResumeOnReply.Decision;
import io.singlepoint.core.sla.ResumeOnReply.Flag;
import io.singlepoint.core.sla.ResumeOnReply.Participant;
import io.singlepoint.core.sla.ResumeOnReply.Resume;
import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.jira.sla.store.SlaProjectStore;
import io.singlepoint.jira.sla.store.SlaReplyStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What a comment means for an issue that waits on its user: reads who the commenter is on the issue, lets core
 * decide ({@link ResumeOnReply}) and records the decision for the job, which runs the hand-back transition outside the
 * comment's transaction. The event listener calls it for comments made in Jira, the mail handler for replies by mail;
 * it knows no event type, and it never transitions the issue itself.
 */
@Named
public final class SlaReplies {

    private final SlaProjectStore projects;
    private final CurrentSlaConfig configs;
    private final WatcherManager watchers;
    private final SlaReplyStore replies;
    private final Clock clock;

    @Inject
    public SlaReplies(SlaProjectStore projects, CurrentSlaConfig configs, WatcherManager watchers,
                      SlaReplyStore replies) {
        this(projects, configs, watchers, replies, Clock.systemUTC());
    }

    public SlaReplies(SlaProjectStore projects, CurrentSlaConfig configs, WatcherManager watchers,
                      SlaReplyStore replies, Clock clock) {
        this.projects = projects;
        this.configs = configs;
        this.watchers = watchers;
        this.replies = replies;
        this.clock = clock;
    }

    /**
     * Records what {@code author}'s comment {@code commentId} means for {@code issue}: a transition to run, a flag
     * for the agent, or nothing. A comment already recorded is not recorded again.
     *
     * @return core's decision; empty when the issue's project has no SLAs or no configuration was saved yet
     */
    public Optional<Decision> onComment(Issue issue, ApplicationUser author, long commentId) {
        return onComment(issue, author, commentId, false);
    }

    /**
     * As {@link #onComment(Issue, ApplicationUser, long)}; with {@code forRequester} the comment was written by
     * {@code author} for someone on the requester's side (a RASCI participant answering by mail), and counts as the
     * reporter's answer.
     */
    public Optional<Decision> onComment(Issue issue, ApplicationUser author, long commentId, boolean forRequester) {
        if (author == null || !projects.isEnabled(issue.getProjectId())) {
            return Optional.empty();
        }
        Optional<CurrentSlaConfig.Versioned> config = configs.get();
        if (config.isEmpty()) {
            return Optional.empty();
        }
        Rules rules = projects.rules(issue.getProjectId());
        Set<Participant> is = participants(issue, author, rules);
        if (forRequester) {
            is.add(Participant.REPORTER);
        }
        Decision decision = ResumeOnReply.decide(issue.getStatus().getName(), is, rules, config.get().config());
        if (decision instanceof Resume resume) {
            replies.record(issue.getId(), commentId, resume.status(), resume.transitionId(), author.getKey(),
                    clock.instant());
        } else if (decision instanceof Flag flag) {
            replies.record(issue.getId(), commentId, flag.status(), null, author.getKey(), clock.instant());
        }
        return Optional.of(decision);
    }

    /** What the author is on the issue; the watchers are only asked when the project counts them. */
    private Set<Participant> participants(Issue issue, ApplicationUser author, Rules rules) {
        Set<Participant> is = EnumSet.noneOf(Participant.class);
        if (author.getKey().equals(issue.getReporterId())) {
            is.add(Participant.REPORTER);
        }
        if (rules.answeredBy().contains(Participant.WATCHER) && watchers.isWatching(author, issue)) {
            is.add(Participant.WATCHER);
        }
        return is;
    }
}
