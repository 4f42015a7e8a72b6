package io.singlepoint.jira.sla.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A project's SLA settings: whether its issues have SLAs, and how a requester's reply resumes a waiting issue. */
@Table("SLA_PROJECT")
public interface SlaProjectEntity extends Entity {

    @NotNull
    @Unique
    long getProjectId();

    void setProjectId(long projectId);

    /** Whether SLAs are computed for the project's issues; a Jira with many projects computes only these. */
    @NotNull
    boolean isEnabled();

    void setEnabled(boolean enabled);

    /** {@link io.singlepoint.core.sla.ResumeOnReply.Rules} as JSON. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getRulesJson();

    void setRulesJson(String json);
}
