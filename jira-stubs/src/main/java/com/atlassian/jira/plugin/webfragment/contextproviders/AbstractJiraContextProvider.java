package com.atlassian.jira.plugin.webfragment.contextproviders;

import java.util.Map;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;

/**
 * Stand-in: jira-api ({@code @PublicSpi}). An abstract class: {@code getContextMap(Map)} takes the user and the
 * {@code "helper"} out of the context and calls the abstract {@code getContextMap(ApplicationUser, JiraHelper)},
 * whose first parameter is {@code ApplicationUser} since Jira 7 (crowd {@code User} before). Raw {@code Map}s as in
 * the real source; a subclass may return {@code Map<String, Object>} (same erasure). Like the real class it has only
 * the implicit no-argument constructor.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public abstract class AbstractJiraContextProvider implements ContextProvider {

    @Override
    public void init(Map params) throws PluginParseException {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public Map getContextMap(Map context) {
        throw new UnsupportedOperationException("stand-in");
    }

    public abstract Map getContextMap(ApplicationUser user, JiraHelper jiraHelper);
}
