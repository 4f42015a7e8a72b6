package io.singlepoint.jira.rasci.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The state of the RASCI search table's rebuild: at most one row, shared by every node. */
@Table("RASCI_REBUILD")
public interface RasciRebuildEntity extends Entity {

    /** {@link io.singlepoint.jira.rasci.RasciRebuild.Status}. */
    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    int getDone();

    void setDone(int done);

    int getTotal();

    void setTotal(int total);

    @NotNull
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    /**
     * When the rebuild was queued or last made progress, in epoch milliseconds; {@code null} in rows written before
     * this column existed. A queued or running rebuild whose heartbeat is older than
     * {@link io.singlepoint.jira.rasci.RasciRebuild#LEASE} counts as interrupted.
     */
    Long getHeartbeatAt();

    void setHeartbeatAt(Long heartbeatAt);

    /** Why it failed; empty otherwise. */
    @StringLength(450)
    String getMessage();

    void setMessage(String message);
}
