package io.singlepoint.jira.mail.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An address that mail to bounced (a delivery status notification said delivery failed for good): notifications
 * skip it until an administrator clears it. One row per address (lower case).
 */
@Table("MAIL_BOUNCE")
public interface MailBounceEntity extends Entity {

    /** The failing recipient address, lower case. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getAddress();

    void setAddress(String address);

    /** Epoch milliseconds of the first bounce. */
    @NotNull
    long getFirstBounceAt();

    void setFirstBounceAt(long firstBounceAt);

    /** Epoch milliseconds of the latest bounce. */
    @NotNull
    long getLastBounceAt();

    void setLastBounceAt(long lastBounceAt);

    /** How many bounces named the address. */
    @NotNull
    int getBounces();

    void setBounces(int bounces);

    /** The processing log entry ({@code MailLogEntity} id) of the latest bouncing mail. */
    @NotNull
    long getLastLogId();

    void setLastLogId(long lastLogId);
}
