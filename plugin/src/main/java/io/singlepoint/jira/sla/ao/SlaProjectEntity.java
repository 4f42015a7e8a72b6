package io.singlepoint.jira.sla.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A project's SLA settings: how a requester's reply resumes a waiting issue. */
@Table("SLA_PROJECT")
public interface SlaProjectEntity extends Entity {

    @NotNull
    @Unique
    long getProjectId();

    void setProjectId(long projectId);

    /** {@link io.singlepoint.core.sla.ResumeOnReply.Rules} as JSON. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getRulesJson();

    void setRulesJson(String json);
}
