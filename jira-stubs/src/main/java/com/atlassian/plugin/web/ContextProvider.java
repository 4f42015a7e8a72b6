package com.atlassian.plugin.web;

import java.util.Map;

import com.atlassian.plugin.PluginParseException;

/** Stand-in: atlassian-plugins-webfragment-api ({@code <context-provider>}). Complete: the plugin may implement it. */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
