package io.singlepoint.jira.sla.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Where one issue stands with one SLA under one configuration version, as last computed. Searches ask the indexed
 * columns ({@code SLA_ID, CONFIG_VERSION, STATE, BREACH_AT}); the panel reads the whole result.
 */
@Table("SLA_STATE")
@Indexes(@Index(name = "sla_standing", methodNames = {"getSlaId", "getConfigVersion", "getState", "getBreachAt"}))
public interface SlaStateEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(64)
    String getSlaId();

    void setSlaId(String slaId);

    @NotNull
    int getConfigVersion();

    void setConfigVersion(int version);

    /** {@link io.singlepoint.core.sla.SlaState} of the last cycle. */
    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    /** Whether the last cycle had breached when computed. */
    @NotNull
    boolean isBreached();

    void setBreached(boolean breached);

    /** The last cycle's breach instant, epoch milliseconds; for a running cycle, projected. */
    Long getBreachAt();

    void setBreachAt(Long breachAt);

    /** The whole result as {@link io.singlepoint.core.sla.SlaResultJson} writes it. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getResultJson();

    void setResultJson(String json);

    @NotNull
    long getComputedAt();

    void setComputedAt(long computedAt);
}
