package io.singlepoint.jira.admin;

import static java.util.Objects.requireNonNull;

/**
 * What the SLA administration page needs from the server besides its texts: where Jira is, for the REST API and
 * issue links, and the limits the REST API enforces. Everything else the page's script asks the REST API for.
 *
 * @param contextPath      Jira's context path, e.g. {@code /jira}, or empty
 * @param maxPreviewIssues the most issues one preview replays
 * @param previewIssues    how many a preview replays unless the administrator says otherwise
 */
public record SlaAdminView(String contextPath, int maxPreviewIssues, int previewIssues) {

    public SlaAdminView {
        requireNonNull(contextPath, "contextPath");
    }

    /** {@code <context>/rest/singlepoint/1.0}, without a trailing slash. */
    public String restBase() {
        return contextPath + "/rest/singlepoint/1.0";
    }

    /** {@code <context>/browse/}: an issue's page is this followed by its key. */
    public String browseBase() {
        return contextPath + "/browse/";
    }
}
