package io.singlepoint.jira.rasci.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * How one RASCI field is filled when an issue of one project (and one issue type, or any) is created with it empty.
 */
@Table("RASCI_DEFAULTS")
public interface RasciDefaultsEntity extends Entity {

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    /** An issue type id, or {@code *} for every type of the project. */
    @NotNull
    @StringLength(32)
    String getIssueTypeId();

    void setIssueTypeId(String issueTypeId);

    @NotNull
    @StringLength(64)
    String getFieldId();

    void setFieldId(String fieldId);

    /** {@link io.singlepoint.core.rasci.RasciDefaults#toJson()}. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSourcesJson();

    void setSourcesJson(String json);
}
