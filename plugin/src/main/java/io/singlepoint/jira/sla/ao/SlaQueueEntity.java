package io.singlepoint.jira.sla.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An issue whose SLAs must be computed again: written by the event listener, drained by the job. */
@Table("SLA_QUEUE")
public interface SlaQueueEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getQueuedAt();

    void setQueuedAt(long queuedAt);
}
