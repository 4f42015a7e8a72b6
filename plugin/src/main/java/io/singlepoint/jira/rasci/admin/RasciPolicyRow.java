package io.singlepoint.jira.rasci.admin;

import java.util.List;

/**
 * One field's own policy as the RASCI defaults page lists it.
 *
 * @param fieldId the custom field id, for the reset form
 * @param field   the field's name (its id when Jira no longer knows it)
 * @param roles   one line per role, e.g. "Accountable: 1 to 1; users"
 */
public record RasciPolicyRow(String fieldId, String field, List<String> roles) {

    public RasciPolicyRow {
        roles = List.copyOf(roles);
    }
}
