package io.singlepoint.core.mail;

import java.util.Collection;
import java.util.Locale;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;

/**
 * Who may answer an issue by mail, and as whom the comment is written:
 * <ol>
 *   <li>a Jira user who may comment on the issue: {@link #SENDER}, the comment is theirs;</li>
 *   <li>else someone the RASCI field names, as a user (by key) or as an outside address (compared without
 *       regard to case): {@link #ON_BEHALF}, the comment is written by the handler's run-as user and names them;
 *       without a usable run-as user they are {@link #NOT_PERMITTED};</li>
 *   <li>anyone else: {@link #NOT_PERMITTED}.</li>
 * </ol>
 * RASCI groups do not count: a group names no mailbox, and its members who are Jira users with the permission
 * comment as themselves anyway.
 */
public enum ReplyAuthor {
    /** The sender comments as themselves. */
    SENDER,
    /** The run-as user comments on the sender's behalf. */
    ON_BEHALF,
    /** The sender may not answer this issue. */
    NOT_PERMITTED;

    /**
     * @param address        the sender's address
     * @param userKey        the key of the active Jira user with that address, or {@code null}
     * @param userMayComment whether that user may comment on the issue
     * @param rasci          the RASCI values (one per RASCI field)
     * @param runAsUsable    whether a run-as user is configured who may comment on the issue
     */
    public static ReplyAuthor decide(String address, String userKey, boolean userMayComment,
                                     Collection<RasciAssignment> rasci, boolean runAsUsable) {
        if (userKey != null && userMayComment) {
            return SENDER;
        }
        return runAsUsable && named(address, userKey, rasci) ? ON_BEHALF : NOT_PERMITTED;
    }

    /** Whether a RASCI value names this user or this address. */
    static boolean named(String address, String userKey, Collection<RasciAssignment> rasci) {
        String mailbox = address == null ? null : address.strip().toLowerCase(Locale.ROOT);
        for (RasciAssignment assignment : rasci) {
            for (var role : assignment.roles().values()) {
                for (Participant p : role) {
                    if (p.kind() == Participant.Kind.USER && p.value().equals(userKey)
                            || p.kind() == Participant.Kind.EMAIL && p.value().equalsIgnoreCase(mailbox)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
