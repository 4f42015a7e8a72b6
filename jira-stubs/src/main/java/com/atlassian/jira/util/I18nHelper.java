package com.atlassian.jira.util;

/**
 * Stand-in: jira-api. There is no varargs {@code getText(String, Object...)}: the real interface has fixed
 * {@code String}/{@code Object} arities and {@code getText(String, Object)}, whose argument may be a single value,
 * an {@code Object[]} or a {@code List} of values. Only these two are stubbed.
 */
public interface I18nHelper {

    String getText(String key);

    String getText(String key, Object parameters);
}
