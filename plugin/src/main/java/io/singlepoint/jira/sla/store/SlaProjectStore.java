package io.singlepoint.jira.sla.store;

import java.util.Arrays;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.jira.sla.ao.SlaProjectEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Each project's SLA settings: whether its issues have SLAs (off until an administrator turns them on), and its
 * rules for a requester's reply to a waiting issue ({@link Rules#DEFAULT} until set).
 */
@Named
public final class SlaProjectStore {

    private final ActiveObjects ao;

    @Inject
    public SlaProjectStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public boolean isEnabled(long projectId) {
        SlaProjectEntity entity = find(projectId);
        return entity != null && entity.isEnabled();
    }

    /** The projects whose issues have SLAs, by id. */
    public List<Long> enabledProjects() {
        return Arrays.stream(ao.find(SlaProjectEntity.class,
                        Query.select().where("ENABLED = ?", Boolean.TRUE).order("PROJECT_ID")))
                .map(SlaProjectEntity::getProjectId)
                .toList();
    }

    public Rules rules(long projectId) {
        SlaProjectEntity entity = find(projectId);
        return entity == null ? Rules.DEFAULT : Rules.fromJson(entity.getRulesJson());
    }

    public void setEnabled(long projectId, boolean enabled) {
        change(projectId, entity -> entity.setEnabled(enabled));
    }

    public void save(long projectId, Rules rules) {
        change(projectId, entity -> entity.setRulesJson(rules.toJson()));
    }

    private void change(long projectId, java.util.function.Consumer<SlaProjectEntity> change) {
        ao.executeInTransaction(() -> {
            SlaProjectEntity entity = find(projectId);
            if (entity == null) {
                entity = ao.create(SlaProjectEntity.class, new DBParam("PROJECT_ID", projectId),
                        new DBParam("ENABLED", Boolean.FALSE), new DBParam("RULES_JSON", Rules.DEFAULT.toJson()));
            }
            change.accept(entity);
            entity.save();
            return null;
        });
    }

    private SlaProjectEntity find(long projectId) {
        SlaProjectEntity[] found = ao.find(SlaProjectEntity.class, "PROJECT_ID = ?", projectId);
        return found.length == 0 ? null : found[0];
    }
}
