package io.singlepoint.jira.sla.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A recalculation of many issues (a project, a JQL query), run in the background, with its progress. */
@Table("SLA_RECALC")
public interface SlaRecalcEntity extends Entity {

    /** The JQL query whose issues are recalculated. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getJql();

    void setJql(String jql);

    @NotNull
    int getConfigVersion();

    void setConfigVersion(int version);

    /** {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}. */
    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    @NotNull
    int getTotal();

    void setTotal(int total);

    @NotNull
    int getDone();

    void setDone(int done);

    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    Long getFinishedAt();

    void setFinishedAt(Long finishedAt);

    @StringLength(450)
    String getMessage();

    void setMessage(String message);
}
