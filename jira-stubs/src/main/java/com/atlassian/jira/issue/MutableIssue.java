package com.atlassian.jira.issue;

/**
 * Stand-in: jira-api. Existing issues are changed through {@code IssueService}; the setters here fill the blank
 * issue ({@link IssueFactory#getIssue()}) that the mail handler creates through {@code MessageHandlerContext}.
 */
public interface MutableIssue extends Issue {

    void setProjectId(Long projectId) throws IllegalArgumentException;

    void setIssueTypeId(String issueTypeId);

    void setSummary(String summary);

    /** The reporter's user key. */
    void setReporterId(String reporterId);

    void setDescription(String description);
}
