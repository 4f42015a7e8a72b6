package io.singlepoint.jira.admin;

import static java.util.Objects.requireNonNull;

/**
 * What the administration overview shows: the app's version and the Jira line this jar is built for.
 *
 * @param version  the app version, e.g. {@code 0.1.0}
 * @param jiraLine {@code 11} or {@code 10}
 */
public record AdminOverviewView(String version, String jiraLine) {

    public AdminOverviewView {
        requireNonNull(version, "version");
        requireNonNull(jiraLine, "jiraLine");
    }
}
