package io.singlepoint.jira.notify.store;

import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.core.notify.EmailAddress;
import io.singlepoint.core.notify.Mailbox;
import io.singlepoint.core.notify.ServiceDesk;
import io.singlepoint.jira.notify.ao.NotifySenderEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;

/** Each project's service desk as the sender of its notifications: address, name and the mailbox replies go to. */
@Named
public final class SenderStore {

    private final ActiveObjects ao;

    @Inject
    public SenderStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The project's service desk, if one is configured. */
    public Optional<ServiceDesk> serviceDesk(long projectId) {
        NotifySenderEntity[] rows = ao.find(NotifySenderEntity.class, "PROJECT_ID = ?", projectId);
        if (rows.length == 0) {
            return Optional.empty();
        }
        NotifySenderEntity row = rows[0];
        ServiceDesk desk = ServiceDesk.of(Mailbox.of(row.getName(), row.getAddress()));
        return Optional.of(row.getReplyTo() == null ? desk : desk.withReplyTo(EmailAddress.of(row.getReplyTo())));
    }

    /** The projects that have a sender, by id. */
    public java.util.List<Long> projects() {
        return java.util.Arrays.stream(ao.find(NotifySenderEntity.class, net.java.ao.Query.select().order("PROJECT_ID")))
                .map(NotifySenderEntity::getProjectId).toList();
    }

    /** The project's RASCI field id, if one is configured. */
    public Optional<String> rasciField(long projectId) {
        NotifySenderEntity[] rows = ao.find(NotifySenderEntity.class, "PROJECT_ID = ?", projectId);
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getRasciField());
    }

    /**
     * Saves the project's sender, replacing any.
     *
     * @throws IllegalArgumentException if an address is not one safe address, or the name is not a safe name
     */
    public void save(long projectId, String address, String name, String replyTo, String rasciField) {
        Mailbox.of(name, address);
        if (replyTo != null) {
            EmailAddress.of(replyTo);
        }
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(NotifySenderEntity.class, "PROJECT_ID = ?", projectId);
            ao.create(NotifySenderEntity.class,
                    new DBParam("PROJECT_ID", projectId),
                    new DBParam("ADDRESS", address),
                    new DBParam("NAME", name),
                    new DBParam("REPLY_TO", replyTo),
                    new DBParam("RASCI_FIELD", rasciField));
            return null;
        });
    }
}
