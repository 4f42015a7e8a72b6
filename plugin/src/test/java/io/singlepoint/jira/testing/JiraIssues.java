package io.singlepoint.jira.testing;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Instant;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira users and issues with real values, as Mockito stand-ins of Jira's interfaces: what the SLA adapters read of
 * them. An issue has no change history unless the test gives its {@code ChangeHistoryManager} one.
 */
public final class JiraIssues {

    public static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    private JiraIssues() {
    }

    public static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(key);
        when(user.getName()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(key);
        when(user.isActive()).thenReturn(true);
        return user;
    }

    /** Issue {@code key}, created at {@link #CREATED} by {@code reporter}, now in {@code status}. */
    public static MutableIssue issue(long id, String key, long projectId, String status, ApplicationUser reporter) {
        String reporterKey = reporter == null ? null : reporter.getKey();
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectId()).thenReturn(projectId);
        when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
        when(issue.getReporter()).thenReturn(reporter);
        when(issue.getReporterId()).thenReturn(reporterKey);
        moveTo(issue, status);
        return issue;
    }

    /** The issue is now in {@code status}. */
    public static void moveTo(MutableIssue issue, String status) {
        Status current = mock(Status.class);
        when(current.getName()).thenReturn(status);
        when(issue.getStatus()).thenReturn(current);
    }
}
