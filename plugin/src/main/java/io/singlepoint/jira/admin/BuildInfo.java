package io.singlepoint.jira.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version and Jira line written into {@code singlepoint-build.properties} when the jar was built. */
final class BuildInfo {

    static final String RESOURCE = "/singlepoint-build.properties";

    private BuildInfo() {
    }

    static AdminOverviewView read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new AdminOverviewView(properties.getProperty("version"), properties.getProperty("jira.line"));
    }
}
