package com.atlassian.jira.plugin.jql.function;

/**
 * Stand-in: jira-api. The module descriptor Jira passes to {@code JqlFunction.init}: an interface in Jira 6.3 (an
 * abstract class in Jira 4.3), extending {@code JiraResourcedModuleDescriptor<JqlFunction>}, which is not stubbed. The
 * plugin calls nothing on it, so its kind cannot break linkage.
 */
public interface JqlFunctionModuleDescriptor {
}
