package com.atlassian.plugin.web.baseconditions;

/**
 * Stand-in: atlassian-plugins-webfragment-api. An empty marker interface; note the package,
 * {@code com.atlassian.plugin.web.baseconditions}, not {@code com.atlassian.plugin.web}.
 */
public interface BaseCondition {
}
