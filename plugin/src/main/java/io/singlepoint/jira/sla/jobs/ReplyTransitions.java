package io.singlepoint.jira.sla.jobs;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.IssueService.IssueResult;
import com.atlassian.jira.bc.issue.IssueService.TransitionValidationResult;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;

import io.singlepoint.core.sla.StatusSet;
import io.singlepoint.jira.sla.store.Reply;
import io.singlepoint.jira.sla.store.SlaProjectStore;
import io.singlepoint.jira.sla.store.SlaReplyStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the hand-back transitions that requesters' replies recorded ({@link io.singlepoint.jira.sla.SlaReplies}), as
 * the project's {@code runAs} user, else as the one who replied. A reply to an issue that has left the status it
 * waited in (an agent moved it first) is served without a transition. A transition Jira refuses becomes a flag for
 * the agent, and its reason is logged once: the reply is not tried again.
 */
@Named
public final class ReplyTransitions {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyTransitions.class);

    /** Replies read per run; more wait for the next run. */
    static final int BATCH = 50;

    private final SlaReplyStore replies;
    private final SlaProjectStore projects;
    private final IssueManager issues;
    private final IssueService issueService;
    private final JiraAuthenticationContext authentication;
    private final UserManager users;

    @Inject
    public ReplyTransitions(SlaReplyStore replies, SlaProjectStore projects, IssueManager issues,
                            IssueService issueService, JiraAuthenticationContext authentication, UserManager users) {
        this.replies = replies;
        this.projects = projects;
        this.issues = issues;
        this.issueService = issueService;
        this.authentication = authentication;
        this.users = users;
    }

    /** @return how many replies were served */
    int run(Budget budget) {
        int served = 0;
        for (Reply reply : replies.transitionsToRun(BATCH)) {
            if (budget.isSpent()) {
                break;
            }
            serve(reply);
            served++;
        }
        return served;
    }

    private void serve(Reply reply) {
        Issue issue = issues.getIssueObject(reply.issueId());
        if (issue == null || !StatusSet.of(reply.status()).contains(issue.getStatus().getName())) {
            replies.ran(reply);
            return;
        }
        String refusal = transition(issue, reply);
        if (refusal == null) {
            replies.ran(reply);
        } else {
            replies.flagInstead(reply);
            LOG.warn("SinglePoint could not run transition {} on {} after a reply, and flagged it for the agent: {}",
                    reply.transitionId(), issue.getKey(), refusal);
        }
    }

    /** Runs the reply's transition as the user it runs as; {@code null} when it ran, else why not. */
    private String transition(Issue issue, Reply reply) {
        String runAs = projects.rules(issue.getProjectId()).runAs();
        String userKey = runAs != null ? runAs : reply.commenterKey();
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (user == null) {
            return "no user with the key " + userKey;
        }
        // IssueService checks permissions and conditions as the logged-in user, whatever user it is given.
        ApplicationUser previous = authentication.getLoggedInUser();
        authentication.setLoggedInUser(user);
        try {
            TransitionValidationResult validation = issueService.validateTransition(user, issue.getId(),
                    reply.transitionId(), issueService.newIssueInputParameters());
            if (!validation.isValid()) {
                return errors(validation.getErrorCollection());
            }
            IssueResult result = issueService.transition(user, validation);
            return result.isValid() ? null : errors(result.getErrorCollection());
        } catch (RuntimeException e) {
            return e.toString();
        } finally {
            authentication.setLoggedInUser(previous);
        }
    }

    private static String errors(ErrorCollection errors) {
        List<String> all = new ArrayList<>(errors.getErrorMessages());
        errors.getErrors().forEach((field, message) -> all.add(field + ": " + message));
        return String.join("; ", all);
    }
}
