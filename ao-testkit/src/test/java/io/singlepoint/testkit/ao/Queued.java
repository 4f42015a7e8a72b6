package io.singlepoint.testkit.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A sample entity, shaped like the ones the plugin stores. */
@Table("QUEUED")
public interface Queued extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    Long getDueAt();

    void setDueAt(Long dueAt);
}
