package io.singlepoint.core.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The world the mail corpus ({@code src/test/resources/mail}) is analysed and decided in: the service desk of
 * example.com with projects SD and CHG, the notifications it sent for SD-12, SD-14 and CHG-45, one message it already
 * processed, one sender over the hourly limit, one sender Jira does not know, the company banner's hash, and the VPN
 * log already on SD-12.
 */
final class MailCorpus {

    /** The company banner in {@code company-banner-mail-1} and {@code -2}: 28 KB, dropped by its hash only. */
    static final String BANNER_SHA256 = "0c88495742c12ed065904ae36104ddac85f367c5ce7269979d0948be4d4e10a6";
    /** {@code vpn-client.pdf}, already attached to SD-12. */
    static final String VPN_LOG_SHA256 = "57c9255af54c4f3cf8f75e698fd0b1d8d1a25bb0e66d64bc9be212e356e19dc2";

    static final MailSettings SETTINGS = MailSettings.of(OwnAddresses.of(List.of("servicedesk@example.com")),
                    ProjectKeys.of(List.of("SD", "CHG")))
            .withAttachmentRules(AttachmentRules.DEFAULT.withKnownHashes(Set.of(BANNER_SHA256)));

    private static final Map<String, MailHistory.KnownMessage> KNOWN = Map.of(
            "sp.10012@servicedesk.example.com", sent("SD-12"),
            "sp.10012.receipt.k3J9x2@servicedesk.example.com", sent("SD-12"),
            "sp.10012.resolved.Zt5Yx0@servicedesk.example.com", sent("SD-12"),
            "sp.10014.info-requested.Hq81Zt@servicedesk.example.com", sent("SD-14"),
            "sp.10045@servicedesk.example.com", sent("CHG-45"),
            "sp.10045.approved.Qw7Rt1@servicedesk.example.com", sent("CHG-45"),
            "CAHx7yQ1dUp2lIc3aT4e5D6e7L8i9V0e1R2y_Ab3+Cd4Ef5Gh6@mail.gmail.com",
            new MailHistory.KnownMessage("SD-12", MailHistory.KnownMessage.Origin.RECEIVED));

    static final MailHistory HISTORY = new MailHistory() {
        @Override
        public Optional<KnownMessage> find(String messageId) {
            return Optional.ofNullable(KNOWN.get(messageId));
        }

        @Override
        public int mailsInLastHour(String address) {
            return address.equals("flood@example.net") ? 25 : 1;
        }

        @Override
        public Set<String> attachmentHashes(String issueKey) {
            return issueKey.equals("SD-12") ? Set.of(VPN_LOG_SHA256) : Set.of();
        }

        @Override
        public SenderStanding standing(String address, String issueKey) {
            return address.endsWith("@unknown.example") ? SenderStanding.NOT_PERMITTED : SenderStanding.PERMITTED;
        }
    };

    private MailCorpus() {
    }

    private static MailHistory.KnownMessage sent(String issueKey) {
        return new MailHistory.KnownMessage(issueKey, MailHistory.KnownMessage.Origin.SENT);
    }
}
