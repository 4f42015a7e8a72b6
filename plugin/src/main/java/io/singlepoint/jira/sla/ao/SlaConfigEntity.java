package io.singlepoint.jira.sla.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One saved version of the SLA configuration; the highest is current, the others stay readable. */
@Table("SLA_CONFIG")
public interface SlaConfigEntity extends Entity {

    @NotNull
    @Unique
    int getVersion();

    void setVersion(int version);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getConfigJson();

    void setConfigJson(String json);

    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    long getSavedAt();

    void setSavedAt(long savedAt);

    /** Why it was saved; named NOTE because COMMENT is reserved in Oracle. */
    @StringLength(450)
    String getNote();

    void setNote(String note);
}
