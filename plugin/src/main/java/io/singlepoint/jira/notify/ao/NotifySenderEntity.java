package io.singlepoint.jira.notify.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A project's service desk as the sender of its change notifications. */
@Table("NOTIFY_SENDER")
public interface NotifySenderEntity extends Entity {

    @NotNull
    @Unique
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    @StringLength(255)
    String getAddress();

    void setAddress(String address);

    @StringLength(100)
    String getName();

    void setName(String name);

    /** The mailbox the mail handler reads; {@code null}: the address. */
    @StringLength(255)
    String getReplyTo();

    void setReplyTo(String replyTo);

    /** The id of the project's RASCI field ({@code customfield_10100}); {@code null}: no RASCI roles are told. */
    @StringLength(60)
    String getRasciField();

    void setRasciField(String rasciField);
}
