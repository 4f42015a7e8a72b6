package com.atlassian.plugin;

/** Stand-in: atlassian-plugins-api; a component. No members: the app only passes it on. */
public interface PluginAccessor {
}
