package io.singlepoint.jira.rasci;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.core.rasci.RasciDefaults;
import io.singlepoint.jira.rasci.ao.RasciDefaultsEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The RASCI defaults per field, project and issue type ({@link #ANY_TYPE} for every type of the project). For an
 * issue, a rule for its own issue type wins over the project's rule for any type.
 */
@Named
public final class RasciDefaultsStore {

    /** The issue type of a rule that applies to every type of its project. */
    public static final String ANY_TYPE = "*";

    /** One stored rule. */
    public record Rule(String fieldId, long projectId, String issueTypeId, RasciDefaults defaults) {
    }

    private final ActiveObjects ao;

    @Inject
    public RasciDefaultsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Saves the rule, replacing one for the same field, project and issue type. */
    public void save(Rule rule) {
        ao.executeInTransaction(() -> {
            remove(rule.fieldId(), rule.projectId(), rule.issueTypeId());
            ao.create(RasciDefaultsEntity.class,
                    new DBParam("PROJECT_ID", rule.projectId()),
                    new DBParam("ISSUE_TYPE_ID", rule.issueTypeId()),
                    new DBParam("FIELD_ID", rule.fieldId()),
                    new DBParam("SOURCES_JSON", rule.defaults().toJson()));
            return null;
        });
    }

    public void remove(String fieldId, long projectId, String issueTypeId) {
        ao.deleteWithSQL(RasciDefaultsEntity.class, "FIELD_ID = ? AND PROJECT_ID = ? AND ISSUE_TYPE_ID = ?",
                fieldId, projectId, issueTypeId);
    }

    /** Every rule, by project, issue type and field. */
    public List<Rule> all() {
        return rules(Query.select().order("PROJECT_ID, ISSUE_TYPE_ID, FIELD_ID"));
    }

    /** Per field, the defaults for an issue of this project and type: its type's rule, else the project's. */
    public Map<String, RasciDefaults> applicable(long projectId, String issueTypeId) {
        Map<String, RasciDefaults> byField = new LinkedHashMap<>();
        for (Rule rule : rules(Query.select().where("PROJECT_ID = ?", projectId).order("FIELD_ID"))) {
            if (rule.issueTypeId().equals(issueTypeId)) {
                byField.put(rule.fieldId(), rule.defaults());
            } else if (rule.issueTypeId().equals(ANY_TYPE)) {
                byField.putIfAbsent(rule.fieldId(), rule.defaults());
            }
        }
        return byField;
    }

    private List<Rule> rules(Query query) {
        return Arrays.stream(ao.find(RasciDefaultsEntity.class, query))
                .map(entity -> new Rule(entity.getFieldId(), entity.getProjectId(), entity.getIssueTypeId(),
                        RasciDefaults.fromJson(entity.getSourcesJson())))
                .toList();
    }
}
