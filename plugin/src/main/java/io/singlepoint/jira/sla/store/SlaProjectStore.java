package io.singlepoint.jira.sla.store;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.jira.sla.ao.SlaProjectEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;

/** Each project's rules for a requester's reply to a waiting issue; {@link Rules#DEFAULT} until set. */
@Named
public final class SlaProjectStore {

    private final ActiveObjects ao;

    @Inject
    public SlaProjectStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public Rules rules(long projectId) {
        SlaProjectEntity[] found = ao.find(SlaProjectEntity.class, "PROJECT_ID = ?", projectId);
        return found.length == 0 ? Rules.DEFAULT : Rules.fromJson(found[0].getRulesJson());
    }

    public void save(long projectId, Rules rules) {
        ao.executeInTransaction(() -> {
            SlaProjectEntity[] found = ao.find(SlaProjectEntity.class, "PROJECT_ID = ?", projectId);
            if (found.length == 0) {
                ao.create(SlaProjectEntity.class, new DBParam("PROJECT_ID", projectId),
                        new DBParam("RULES_JSON", rules.toJson()));
            } else {
                found[0].setRulesJson(rules.toJson());
                found[0].save();
            }
            return null;
        });
    }
}
