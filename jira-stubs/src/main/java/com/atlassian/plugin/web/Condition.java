package com.atlassian.plugin.web;

import java.util.Map;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;

/** Stand-in: atlassian-plugins-webfragment-api ({@code <condition>}). Complete: the plugin may implement it. */
public interface Condition extends BaseCondition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
