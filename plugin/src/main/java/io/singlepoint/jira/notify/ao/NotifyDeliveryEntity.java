package io.singlepoint.jira.notify.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One mail sent to one recipient, under core's delivery key: a job retried after some recipients were served skips
 * them, and the mail handler threads a reply by the Message-ID logged here.
 */
@Table("NOTIFY_DELIVERY")
public interface NotifyDeliveryEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(190)
    String getDeliveryKey();

    void setDeliveryKey(String deliveryKey);

    @NotNull
    @Indexed
    long getIntentId();

    void setIntentId(long intentId);

    @NotNull
    @StringLength(255)
    String getAddress();

    void setAddress(String address);

    @NotNull
    @Indexed
    @StringLength(255)
    String getMessageId();

    void setMessageId(String messageId);

    @NotNull
    long getSentAt();

    void setSentAt(long sentAt);
}
