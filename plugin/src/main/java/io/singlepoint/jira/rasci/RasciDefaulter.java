package io.singlepoint.jira.rasci;

import java.util.Map;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciDefaults;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Fills the RASCI fields a new issue left empty from the defaults of its project and issue type
 * ({@link RasciDefaultsStore}), through core's {@link RasciDefaults}: for example Accountable the project lead,
 * Responsible the assignee, Informed the reporter. It runs after creation (issue-created event), because the
 * people a default names are only known once the issue exists; Jira's default-value hook sees a field
 * configuration, not the issue. The value is stored through the field type (so the search table follows) without a
 * change-history entry, like any value given at creation. Defaults are not checked against the policy: a rule
 * may leave a role empty when the issue has, say, no assignee; the next edit asks for it.
 */
@Named
public final class RasciDefaulter {

    private final RasciDefaultsStore defaults;
    private final CustomFieldManager fields;

    @Inject
    public RasciDefaulter(RasciDefaultsStore defaults, CustomFieldManager fields) {
        this.defaults = defaults;
        this.fields = fields;
    }

    /** Fills the issue's empty RASCI fields that have defaults; returns how many it filled. */
    public int fill(Issue issue) {
        String issueType = issue.getIssueType() == null ? RasciDefaultsStore.ANY_TYPE : issue.getIssueType().getId();
        int filled = 0;
        for (Map.Entry<String, RasciDefaults> rule : defaults.applicable(issue.getProjectId(), issueType).entrySet()) {
            CustomField field = fields.getCustomFieldObject(rule.getKey());
            if (field == null || !(field.getCustomFieldType() instanceof RasciFieldType type)
                    || field.getValue(issue) instanceof RasciAssignment held && !held.isEmpty()) {
                continue;
            }
            RasciAssignment value = rule.getValue().apply(facts(issue));
            if (!value.isEmpty()) {
                type.createValue(field, issue, value);
                type.forgetChange(); // no change-history entry is made for it
                filled++;
            }
        }
        return filled;
    }

    private static RasciDefaults.IssueFacts facts(Issue issue) {
        Project project = issue.getProjectObject();
        return new RasciDefaults.IssueFacts(project == null ? null : project.getLeadUserKey(),
                key(issue.getAssignee()), key(issue.getReporter()));
    }

    private static String key(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }
}
