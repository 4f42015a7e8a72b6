package com.atlassian.plugin.util;

/**
 * Test-time stand-in for atlassian-plugins' record of which plugin is calling, which net.java.ao's EntityManager
 * reads for its metrics (see {@code com.atlassian.util.profiling.Metrics}). No plugin calls in a test.
 */
public final class PluginKeyStack {

    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
