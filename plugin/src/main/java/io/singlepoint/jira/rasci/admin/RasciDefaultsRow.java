package io.singlepoint.jira.rasci.admin;

import java.util.List;

/**
 * One rule of {@link RasciDefaultsView} as a table row.
 *
 * @param fieldId     the field's id, for the delete form
 * @param field       the field's name
 * @param projectId   the project's id, for the delete form
 * @param project     the project's key
 * @param issueTypeId an issue type id, or {@code *}
 * @param roles       per role, its name and the sources as typed
 */
public record RasciDefaultsRow(String fieldId, String field, long projectId, String project, String issueTypeId,
                               List<String> roles) {

    public RasciDefaultsRow {
        roles = List.copyOf(roles);
    }
}
