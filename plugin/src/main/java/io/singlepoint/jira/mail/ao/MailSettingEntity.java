package io.singlepoint.jira.mail.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A setting of the mail handler that every node must see (the handler's parameters live only on the node whose mail
 * service ran it): {@code retentionDays}, which the cluster-wide cleanup of the processing log reads.
 */
@Table("MAIL_SETTING")
public interface MailSettingEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(64)
    String getSettingKey();

    void setSettingKey(String settingKey);

    @StringLength(255)
    String getSettingValue();

    void setSettingValue(String settingValue);
}
