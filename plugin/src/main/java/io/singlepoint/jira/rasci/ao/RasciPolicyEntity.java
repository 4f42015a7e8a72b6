package io.singlepoint.jira.rasci.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The policy of one RASCI field (what a valid value is); a field without a row follows the default policy. */
@Table("RASCI_POLICY")
public interface RasciPolicyEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(64)
    String getFieldId();

    void setFieldId(String fieldId);

    /** {@link io.singlepoint.core.rasci.RasciPolicyJson#write}. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPolicyJson();

    void setPolicyJson(String json);
}
