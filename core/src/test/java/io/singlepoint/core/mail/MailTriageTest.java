package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.singlepoint.core.Violation;

import org.junit.jupiter.api.Test;

class MailTriageTest {

    private static final String REPLY = """
            From: Tom Harris <tom@northwind.example>
            To: servicedesk@example.com
            Subject: RE: [SD-12] VPN drops
            Message-ID: <reply.1@northwind.example>
            In-Reply-To: <sp.10014.x@servicedesk.example.com>
            References: <sp.10012.a@servicedesk.example.com> <sp.10045.b@servicedesk.example.com>

            It happened again.
            """;

    private static MailHistory knowing(Map<String, MailHistory.KnownMessage> known) {
        return new MailHistory() {
            @Override
            public Optional<KnownMessage> find(String messageId) {
                return Optional.ofNullable(known.get(messageId));
            }
        };
    }

    private static MailHistory.KnownMessage sent(String key) {
        return new MailHistory.KnownMessage(key, MailHistory.KnownMessage.Origin.SENT);
    }

    private static MailDecision decide(String mail, MailHistory history) {
        return MailTriage.decide(Mails.analyse(mail), MailCorpus.SETTINGS, history);
    }

    @Test
    void in_reply_to_wins_over_references_and_the_subject_key() {
        MailDecision decision = decide(REPLY, knowing(Map.of("sp.10014.x@servicedesk.example.com", sent("SD-14"),
                "sp.10045.b@servicedesk.example.com", sent("CHG-45"))));

        assertThat(decision).isInstanceOfSatisfying(MailDecision.Comment.class, c -> {
            assertThat(c.issueKey()).isEqualTo("SD-14");
            assertThat(c.thread().by()).isEqualTo("reference");
        });
    }

    @Test
    void the_newest_known_reference_wins_over_older_ones() {
        MailDecision decision = decide(REPLY, knowing(Map.of("sp.10012.a@servicedesk.example.com", sent("SD-12"),
                "sp.10045.b@servicedesk.example.com", sent("CHG-45"))));

        assertThat(((MailDecision.Comment) decision).issueKey()).isEqualTo("CHG-45");
    }

    @Test
    void without_a_known_reference_the_subject_key_of_a_configured_project_threads() {
        MailDecision decision = decide(REPLY, MailHistory.NONE);

        assertThat(decision).isInstanceOfSatisfying(MailDecision.Comment.class, c -> {
            assertThat(c.issueKey()).isEqualTo("SD-12");
            assertThat(c.thread().by()).isEqualTo("subject-key");
        });
    }

    @Test
    void a_known_sender_with_neither_reference_nor_key_gets_a_new_issue_never_a_guess() {
        MailDecision decision = decide(REPLY.replace("[SD-12] ", ""), new MailHistory() {
            @Override
            public SenderStanding standing(String address, String issueKey) {
                return SenderStanding.PERMITTED;
            }
        });

        assertThat(decision).isInstanceOfSatisfying(MailDecision.CreateIssue.class,
                c -> assertThat(c.summary()).isEqualTo("VPN drops"));
    }

    @Test
    void a_message_delivered_twice_is_a_duplicate() {
        MailDecision decision = decide(REPLY, knowing(Map.of("reply.1@northwind.example",
                new MailHistory.KnownMessage("SD-12", MailHistory.KnownMessage.Origin.RECEIVED))));

        assertThat(decision).isEqualTo(new MailDecision.Duplicate("reply.1@northwind.example"));
    }

    @Test
    void the_apps_own_message_coming_back_is_ignored() {
        MailDecision decision = decide(REPLY, knowing(Map.of("reply.1@northwind.example", sent("SD-12"))));

        assertThat(decision).isEqualTo(new MailDecision.Ignore(
                Violation.of("singlepoint.mail.reason.own-message", "reply.1@northwind.example")));
    }

    @Test
    void a_sender_at_the_hourly_limit_is_held() {
        MailDecision decision = decide(REPLY, new MailHistory() {
            @Override
            public int mailsInLastHour(String address) {
                return 20;
            }
        });

        assertThat(decision).isEqualTo(new MailDecision.Hold(
                Violation.of("singlepoint.mail.reason.rate-limit", "tom@northwind.example", 20, 20)));
    }

    @Test
    void a_sender_who_may_not_comment_is_handled_as_configured() {
        MailHistory stranger = new MailHistory() {
            @Override
            public SenderStanding standing(String address, String issueKey) {
                return SenderStanding.NOT_PERMITTED;
            }
        };
        MailAnalysis analysis = Mails.analyse(REPLY);
        MailSettings forward = new MailSettings(MailCorpus.SETTINGS.ownAddresses(), MailCorpus.SETTINGS.projectKeys(),
                ReplyRules.DEFAULT, AttachmentRules.DEFAULT, MailLimits.DEFAULT, 20,
                MailSettings.UnknownSender.FORWARD_TO_AGENTS);

        assertThat(MailTriage.decide(analysis, MailCorpus.SETTINGS, stranger)).isEqualTo(new MailDecision.Reject(
                Violation.of("singlepoint.mail.reason.sender-not-permitted", "tom@northwind.example", "SD-12")));
        assertThat(MailTriage.decide(analysis, forward, stranger)).isInstanceOf(MailDecision.ForwardToAgents.class);
    }

    @Test
    void files_the_issue_already_has_are_not_added_again() {
        String withFile = """
                From: Tom Harris <tom@northwind.example>
                Subject: RE: [SD-12] VPN drops
                Message-ID: <reply.2@northwind.example>
                Content-Type: multipart/mixed; boundary=b

                --b
                Content-Type: text/plain

                Log again.
                --b
                Content-Type: application/octet-stream; name=log.txt

                abc
                --b--
                """;
        String hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        MailDecision decision = decide(withFile, new MailHistory() {
            @Override
            public Set<String> attachmentHashes(String issueKey) {
                return Set.of(hash);
            }
        });

        assertThat(((MailDecision.Comment) decision).attachments()).singleElement()
                .satisfies(file -> assertThat(file.reason()).isEqualTo("already-on-issue"));
    }

    @Test
    void the_store_is_asked_with_the_sizes_of_the_kept_files_and_its_hashes_count_as_on_the_issue() {
        String withFile = """
                From: Tom Harris <tom@northwind.example>
                Subject: RE: [SD-12] VPN drops
                Message-ID: <reply.3@northwind.example>
                Content-Type: multipart/mixed; boundary=b

                --b
                Content-Type: text/plain

                Log again.
                --b
                Content-Type: application/octet-stream; name=log.txt

                abc
                --b
                Content-Type: application/octet-stream; name=other.txt

                hello
                --b--
                """;
        String hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        List<Set<Long>> asked = new java.util.ArrayList<>();

        MailDecision decision = decide(withFile, new MailHistory() {
            @Override
            public Set<String> attachmentHashes(String issueKey, Set<Long> sizes) {
                asked.add(sizes);
                return Set.of(hash);
            }
        });

        assertThat(asked).containsExactly(Set.of(3L, 5L));
        assertThat(((MailDecision.Comment) decision).attachments())
                .extracting(Attachment::name, Attachment::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("log.txt", "already-on-issue"),
                        org.assertj.core.groups.Tuple.tuple("other.txt", "attached"));
    }

    @Test
    void reply_and_forward_prefixes_leave_the_summary() {
        assertThat(MailTriage.summary("RE: AW: Fwd: WG: [EXTERNAL] TR: Printer")).isEqualTo("Printer");
        assertThat(MailTriage.summary("Re[2]: AW: Drucker")).isEqualTo("Drucker");
        assertThat(MailTriage.summary("Rechnung über 120 €")).isEqualTo("Rechnung über 120 €");
        assertThat(List.of(MailTriage.summary(""))).containsExactly("");
    }
}
