package io.singlepoint.cli.archfixture;

/** Breaks the CLI's layering on purpose, so that {@code CliLayeringTest} can show the rule fails. Never used. */
public final class ReachesIntoThePlugin {

    private ReachesIntoThePlugin() {
    }

    static String pluginClass() throws ClassNotFoundException {
        return io.singlepoint.jira.archfixture.PluginType.class.getName();
    }
}
