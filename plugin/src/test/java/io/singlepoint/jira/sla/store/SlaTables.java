package io.singlepoint.jira.sla.store;

import io.singlepoint.jira.sla.ao.SlaConfigEntity;
import io.singlepoint.jira.sla.ao.SlaProjectEntity;
import io.singlepoint.jira.sla.ao.SlaQueueEntity;
import io.singlepoint.jira.sla.ao.SlaRecalcEntity;
import io.singlepoint.jira.sla.ao.SlaReplyEntity;
import io.singlepoint.jira.sla.ao.SlaStateEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

/** Every SLA table, on a fresh database per test. */
public final class SlaTables {

    private SlaTables() {
    }

    public static ActiveObjectsDatabase database() {
        return ActiveObjectsDatabase.of(SlaConfigEntity.class, SlaStateEntity.class, SlaQueueEntity.class,
                SlaRecalcEntity.class, SlaProjectEntity.class, SlaReplyEntity.class);
    }
}
