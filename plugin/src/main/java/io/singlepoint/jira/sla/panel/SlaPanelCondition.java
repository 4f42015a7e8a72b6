package io.singlepoint.jira.sla.panel;

import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;

import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.jira.sla.store.SlaProjectStore;

import jakarta.inject.Inject;

/**
 * {@code <condition>} of the SLA panel: shows it on the issues of projects whose SLAs an administrator switched on,
 * once an SLA configuration has been saved. Two indexed reads per issue view; it computes nothing.
 */
public final class SlaPanelCondition implements Condition {

    private final SlaProjectStore projects;
    private final SlaConfigStore configs;

    @Inject
    public SlaPanelCondition(SlaProjectStore projects, SlaConfigStore configs) {
        this.projects = projects;
        this.configs = configs;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue) || issue.getProjectId() == null) {
            return false;
        }
        return projects.isEnabled(issue.getProjectId()) && configs.currentNumber().isPresent();
    }
}
