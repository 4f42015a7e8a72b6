package io.singlepoint.jira.sla;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.jira.sla.store.RecalcQueue;
import io.singlepoint.jira.sla.store.RecalcTaskStore;
import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.jira.sla.store.SlaProjectStore;
import io.singlepoint.jira.sla.store.SlaReplyStore;
import io.singlepoint.jira.sla.store.SlaStateStore;
import io.singlepoint.jira.testing.JiraIssues;
import io.singlepoint.jira.testing.TestClock;

/**
 * The SLA clocks' surroundings for a test: the real stores on a test database, real core, and Jira's services as
 * Mockito stand-ins. Project {@link #SERVICE_DESK} has SLAs enabled, {@link #OTHER} does not; no configuration is
 * saved until {@link #configured()}.
 */
public final class SlaWorld {

    public static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    public static final long SERVICE_DESK = 10L;
    public static final long OTHER = 20L;
    public static final String INFO_REQUESTED = "Info Requested";

    /** Time to resolution: starts on create, waits on the user in two statuses, stops when resolved. */
    public static final String CONFIG = """
            {"slas": [{"id": "ttr", "name": "Time to resolution", "start": {"onCreate": true},
                       "pause": {"statuses": ["Info Requested", "Waiting User Response"]},
                       "stop": {"statuses": ["Resolved"]},
                       "goals": [{"match": {}, "target": "PT4H", "calendar": "24x7"}]}]}""";

    public final TestClock clock = new TestClock(NOW);
    public final SlaConfigStore configStore;
    public final CurrentSlaConfig configs;
    public final SlaProjectStore projects;
    public final SlaStateStore states;
    public final RecalcQueue queue;
    public final RecalcTaskStore tasks;
    public final SlaReplyStore replyStore;

    public final IssueManager issueManager = mock(IssueManager.class);
    public final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    public final CustomFieldManager customFields = mock(CustomFieldManager.class);
    public final WatcherManager watchers = mock(WatcherManager.class);

    public SlaWorld(ActiveObjects ao) {
        configStore = new SlaConfigStore(ao);
        configs = new CurrentSlaConfig(configStore);
        projects = new SlaProjectStore(ao);
        states = new SlaStateStore(ao);
        queue = new RecalcQueue(ao);
        tasks = new RecalcTaskStore(ao);
        replyStore = new SlaReplyStore(ao);
        projects.setEnabled(SERVICE_DESK, true);
        projects.setEnabled(OTHER, false);
    }

    /** Saves {@link #CONFIG} as version 1. */
    public SlaWorld configured() {
        configStore.save(CONFIG, "admin", "", NOW.minusSeconds(3600));
        return this;
    }

    /** The service desk's rules for replies to waiting issues. */
    public SlaWorld handsBack(Rules rules) {
        projects.save(SERVICE_DESK, rules);
        return this;
    }

    /** Issue SD-{@code id} of the service desk, known to Jira's issue manager. */
    public MutableIssue issue(long id, String status, ApplicationUser reporter) {
        return issue(id, SERVICE_DESK, status, reporter);
    }

    public MutableIssue issue(long id, long projectId, String status, ApplicationUser reporter) {
        MutableIssue issue = JiraIssues.issue(id, "SD-" + id, projectId, status, reporter);
        when(issueManager.getIssueObject(id)).thenReturn(issue);
        return issue;
    }

    public SlaComputer computer() {
        return new SlaComputer(issueManager, projects, configs, new JiraTimelines(history, customFields), states,
                replyStore, clock);
    }

    public SlaReplies replies() {
        return new SlaReplies(projects, configs, watchers, replyStore, clock);
    }
}
