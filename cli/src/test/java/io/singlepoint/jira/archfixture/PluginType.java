package io.singlepoint.jira.archfixture;

/** A type in the plugin's package namespace, for {@code CliLayeringTest}'s negative case only. */
public final class PluginType {

    private PluginType() {
    }
}
