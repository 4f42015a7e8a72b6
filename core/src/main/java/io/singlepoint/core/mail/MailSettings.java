package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

/**
 * How the app reads and decides about mail: the handler's configuration as core values.
 *
 * @param ownAddresses             the app's addresses: never processed
 * @param projectKeys              projects whose keys in a subject thread a mail
 * @param replyRules               configured signatures and inline context
 * @param attachmentRules          which files go onto the issue
 * @param limits                   reading limits, lenient or strict
 * @param maxMailsPerSenderPerHour a sender with this many mails in the last hour is held for review; at least 1
 * @param unknownSender            what happens to mail from a sender who may not comment or create
 */
public record MailSettings(OwnAddresses ownAddresses, ProjectKeys projectKeys, ReplyRules replyRules,
                           AttachmentRules attachmentRules, MailLimits limits, int maxMailsPerSenderPerHour,
                           UnknownSender unknownSender) {

    /** What happens to mail from a sender Jira does not let comment on the issue (or create one). */
    public enum UnknownSender {
        /** Answer with a polite mail that nothing was done. */
        REJECT,
        /** Open a new issue with the mail. */
        CREATE_ISSUE,
        /** Pass it on to the agents, who decide. */
        FORWARD_TO_AGENTS
    }

    public MailSettings {
        requireNonNull(ownAddresses, "ownAddresses");
        requireNonNull(projectKeys, "projectKeys");
        requireNonNull(replyRules, "replyRules");
        requireNonNull(attachmentRules, "attachmentRules");
        requireNonNull(limits, "limits");
        requireNonNull(unknownSender, "unknownSender");
        if (maxMailsPerSenderPerHour < 1) {
            throw new IllegalArgumentException("a sender may write at least 1 mail per hour, not "
                    + maxMailsPerSenderPerHour);
        }
    }

    /** These addresses and projects; default rules and limits, 20 mails per sender per hour, unknown senders rejected. */
    public static MailSettings of(OwnAddresses ownAddresses, ProjectKeys projectKeys) {
        return new MailSettings(ownAddresses, projectKeys, ReplyRules.DEFAULT, AttachmentRules.DEFAULT,
                MailLimits.DEFAULT, 20, UnknownSender.REJECT);
    }

    public MailSettings withAttachmentRules(AttachmentRules rules) {
        return new MailSettings(ownAddresses, projectKeys, replyRules, rules, limits, maxMailsPerSenderPerHour,
                unknownSender);
    }

    public MailSettings withReplyRules(ReplyRules rules) {
        return new MailSettings(ownAddresses, projectKeys, rules, attachmentRules, limits, maxMailsPerSenderPerHour,
                unknownSender);
    }

    public MailSettings withLimits(MailLimits newLimits) {
        return new MailSettings(ownAddresses, projectKeys, replyRules, attachmentRules, newLimits,
                maxMailsPerSenderPerHour, unknownSender);
    }
}
