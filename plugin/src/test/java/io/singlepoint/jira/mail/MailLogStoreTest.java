package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The processing log on a real database: what it keeps, and what it answers the next mail's triage. */
class MailLogStoreTest {

    private static final Instant AT = Instant.parse("2026-11-03T09:15:00Z");
    private static final String LONG_ID = "CAHx7yQ1dUp2lIc3aT4e5D6e7L8i9V0e1R2y_" + "x".repeat(600) + "@mail.gmail.com";

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(MailLogEntity.class, MailBounceEntity.class,
            MailSettingEntity.class);

    private MailLogStore store() {
        return new MailLogStore(database.activeObjects());
    }

    private static MailLogStore.NewEntry entry(String messageId, String from, String decision, String issueKey,
                                               Instant at, byte[] raw, long size, List<String> hashes) {
        return new MailLogStore.NewEntry(messageId, from, "RE: [SD-12] VPN drops", decision,
                "singlepoint.mail.reason.commented", List.of("reference", "sp.10012@jira.example.com"), issueKey, at,
                raw, size, hashes);
    }

    @Test
    void an_entry_keeps_what_was_decided_and_the_raw_mail() {
        MailLogStore store = store();
        byte[] raw = "From: a@b.example\r\n\r\nHi\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);

        long id = store.add(entry("m1@customer.example", "Lena.Fischer@Customer.example", "comment", "SD-12", AT, raw,
                raw.length, List.of("ab12", "cd34")));

        MailLogEntry entry = store.get(id).orElseThrow();
        assertThat(entry.from()).isEqualTo("lena.fischer@customer.example");
        assertThat(entry.decision()).isEqualTo("comment");
        assertThat(entry.reasonArgs()).containsExactly("reference", "sp.10012@jira.example.com");
        assertThat(entry.issueKey()).isEqualTo("SD-12");
        assertThat(entry.receivedAt()).isEqualTo(AT);
        assertThat(entry.rawKeptWhole()).isTrue();
        assertThat(entry.attachmentHashes()).containsExactly("ab12", "cd34");
        assertThat(store.raw(id)).get().isEqualTo(raw);
    }

    @Test
    void a_mail_cut_at_the_limit_is_not_kept_whole() {
        MailLogStore store = store();

        long id = store.add(entry("m2@customer.example", "a@customer.example", "failed", null, AT, new byte[100],
                5_000, List.of()));

        assertThat(store.get(id).orElseThrow().rawKeptWhole()).isFalse();
        assertThat(store.raw(id)).get().satisfies(raw -> assertThat(raw).hasSize(100));
    }

    @Test
    void a_message_id_counts_as_processed_unless_it_failed_was_re_run_or_was_a_duplicate() {
        MailLogStore store = store();
        store.add(entry(LONG_ID, "a@customer.example", "failed", null, AT, null, 10, List.of()));
        assertThat(store.processed(LONG_ID)).isEmpty();

        long rerun = store.add(entry(LONG_ID, "a@customer.example", "hold", null, AT, null, 10, List.of()));
        assertThat(store.processed(LONG_ID)).get().extracting(MailLogEntry::decision).isEqualTo("hold");
        store.markRerun(rerun);
        assertThat(store.processed(LONG_ID)).isEmpty();

        store.add(entry(LONG_ID, "a@customer.example", "comment", "SD-12", AT, null, 10, List.of()));
        store.add(entry(LONG_ID, "a@customer.example", "duplicate", "SD-12", AT, null, 10, List.of()));
        assertThat(store.processed(LONG_ID)).get().extracting(MailLogEntry::decision, MailLogEntry::issueKey)
                .containsExactly("comment", "SD-12");
        assertThat(store.get(rerun).orElseThrow().messageId()).hasSize(450);
    }

    @Test
    void a_sender_s_mails_of_the_last_hour_are_counted_without_duplicates() {
        MailLogStore store = store();
        store.add(entry("m1@x", "flood@example.net", "comment", "SD-1", AT.minusSeconds(3_700), null, 1, List.of()));
        store.add(entry("m2@x", "flood@example.net", "comment", "SD-1", AT.minusSeconds(3_500), null, 1, List.of()));
        store.add(entry("m2@x", "FLOOD@example.net", "duplicate", "SD-1", AT.minusSeconds(3_400), null, 1, List.of()));
        store.add(entry("m3@x", "flood@example.net", "hold", null, AT.minusSeconds(10), null, 1, List.of()));
        store.add(entry("m4@x", "other@example.net", "comment", "SD-1", AT.minusSeconds(10), null, 1, List.of()));

        assertThat(store.countFrom("Flood@Example.net", AT.minusSeconds(3_600))).isEqualTo(2);
    }

    @Test
    void the_files_mail_attached_to_an_issue_are_known_by_their_hashes() {
        MailLogStore store = store();
        store.add(entry("m1@x", "a@x.example", "comment", "SD-12", AT, null, 1, List.of("aa", "bb")));
        store.add(entry("m2@x", "a@x.example", "comment", "SD-12", AT, null, 1, List.of("cc")));
        store.add(entry("m3@x", "a@x.example", "comment", "SD-13", AT, null, 1, List.of("dd")));

        assertThat(store.attachmentHashes("SD-12")).containsExactlyInAnyOrder("aa", "bb", "cc");
        assertThat(store.latest(2)).extracting(MailLogEntry::messageId).containsExactly("m3@x", "m2@x");
    }

    @Test
    void a_rejected_mail_keeps_what_became_of_its_answer_and_forward() {
        MailLogStore store = store();
        ReplyOutcome skipped = new ReplyOutcome(ReplyOutcome.State.SKIPPED,
                "singlepoint.mail.reply.skipped.rate-limit", List.of("tom@northwind.example"));
        ReplyOutcome failed = new ReplyOutcome(ReplyOutcome.State.FAILED, "singlepoint.mail.reply.failed",
                List.of("554 5.7.1 <agents@example.com>: Relay access denied"));

        long id = store.add(new MailLogStore.NewEntry("tom.1@northwind.example", "tom@northwind.example", "RE: x",
                "reject", "singlepoint.mail.reason.sender-not-permitted", List.of("tom@northwind.example", "SD-12"),
                null, AT, new byte[] {'a'}, 1, List.of(), skipped, failed));
        long plain = store.add(entry("m1@x", "a@x.example", "comment", "SD-12", AT, null, 1, List.of()));

        assertThat(store.get(id).orElseThrow()).extracting(MailLogEntry::answer, MailLogEntry::forward)
                .containsExactly(skipped, failed);
        assertThat(store.get(plain).orElseThrow()).extracting(MailLogEntry::answer, MailLogEntry::forward)
                .containsExactly(null, null);
    }

    @Test
    void a_forward_sent_again_replaces_the_failed_one_and_a_sent_forward_stays_sent() {
        MailLogStore store = store();
        ReplyOutcome skipped = new ReplyOutcome(ReplyOutcome.State.SKIPPED, "singlepoint.mail.reply.skipped.nobody",
                List.of("sd-agents"));
        long id = store.add(new MailLogStore.NewEntry("tom.1@northwind.example", "tom@northwind.example", "RE: x",
                "reject", null, List.of(), null, AT, null, 1, List.of(), null, skipped));

        assertThat(store.recordForward(id, ReplyOutcome.SENT)).isTrue();
        assertThat(store.recordForward(id, skipped)).isFalse();
        assertThat(store.recordForward(99_999, ReplyOutcome.SENT)).isFalse();

        assertThat(store.get(id).orElseThrow().forward()).isEqualTo(ReplyOutcome.SENT);
        assertThat(store.get(id).orElseThrow().answer()).isNull();
    }
}
