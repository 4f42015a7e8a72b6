package com.atlassian.jira.issue.changehistory;

import java.util.List;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;

/** Stand-in: jira-api. */
public interface ChangeHistoryManager {

    /** Every change of one field ({@code "status"} for transitions), oldest first. */
    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);
}
