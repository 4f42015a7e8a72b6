package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.service.util.handler.MessageHandlerErrorCollector;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The handler as Jira's incoming-mail service calls it, with real Jakarta Mail messages, a Mockito stand-in of the
 * service's context and the processing log on a real database.
 */
class ServiceDeskMailHandlerTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(io.singlepoint.jira.notify.ao.NotifySenderEntity.class, MailLogEntity.class, MailBounceEntity.class,
            MailSettingEntity.class);

    private MailWorld world;
    private ServiceDeskMailHandler handler;

    @BeforeEach
    void setUp() throws Exception {
        world = new MailWorld(database.activeObjects());
        handler = world.handler();
    }

    @Test
    void a_reply_to_a_notification_becomes_the_sender_s_comment_with_her_file_and_resumes_the_sla()
            throws Exception {
        boolean handled = handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);

        assertThat(handled).isTrue();
        assertThat(world.comments).containsExactly(new MailWorld.Commented("SD-12", "lena",
                "Hello,\n\nit happens on the docking station only. The log of this morning is attached.\n\nLena", 501));
        assertThat(world.attachments).singleElement().satisfies(file -> {
            assertThat(file.issueKey()).isEqualTo("SD-12");
            assertThat(file.author()).isEqualTo("lena");
            assertThat(file.name()).isEqualTo("vpn-client.log");
            assertThat(file.contentType()).isEqualTo("text/plain");
            assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).isEqualTo(TestMails.LOG_TEXT);
        });
        verify(world.slaReplies).onComment(world.sd12, world.lena, 501L, false);
        MailLogEntry logged = world.log.latest(1).get(0);
        assertThat(logged.decision()).isEqualTo("comment");
        assertThat(logged.issueKey()).isEqualTo("SD-12");
        assertThat(logged.reasonArgs()).containsExactly("reference",
                "sp.10012.info-requested.0123456789abcdef@jira.example.com");
        assertThat(logged.rawKeptWhole()).isTrue();
    }

    @Test
    void the_same_message_id_delivered_twice_adds_one_comment_and_logs_the_duplicate() throws Exception {
        handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);

        boolean handled = handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);

        assertThat(handled).isTrue();
        assertThat(world.comments).hasSize(1);
        assertThat(world.attachments).hasSize(1);
        assertThat(world.log.latest(1).get(0)).extracting(MailLogEntry::decision, MailLogEntry::issueKey)
                .containsExactly("duplicate", "SD-12");
    }

    @Test
    void the_same_file_sent_again_in_a_new_mail_is_not_attached_again() throws Exception {
        handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);

        handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG.replace("7f3a2c10", "8e4b3d21")
                .replace("it happens", "again: it happens")), world.context);

        assertThat(world.comments).hasSize(2);
        assertThat(world.attachments).hasSize(1);
    }

    @Test
    void a_file_someone_attached_in_jira_is_not_attached_again_and_only_same_size_files_are_read()
            throws Exception {
        byte[] log = TestMails.LOG_TEXT.getBytes(StandardCharsets.UTF_8);
        world.attachedInJira(world.sd12, "screenshot.png", 48_213, new byte[48_213]);
        world.attachedInJira(world.sd12, "other.log", log.length, "x".repeat(log.length)
                .getBytes(StandardCharsets.UTF_8));
        world.attachedInJira(world.sd12, "vpn.log", log.length, log);

        handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);

        assertThat(world.comments).hasSize(1);
        assertThat(world.attachments).isEmpty();
        assertThat(world.read).containsExactly("other.log", "vpn.log");
        assertThat(world.log.latest(1).get(0)).extracting(MailLogEntry::decision, MailLogEntry::attachmentHashes)
                .containsExactly("comment", java.util.List.of());
    }

    @Test
    void a_same_size_file_in_jira_with_other_bytes_or_that_cannot_be_read_does_not_stop_the_file()
            throws Exception {
        byte[] log = TestMails.LOG_TEXT.getBytes(StandardCharsets.UTF_8);
        world.attachedInJira(world.sd12, "broken.log", log.length, null);
        world.attachedInJira(world.sd12, "other.log", log.length, "x".repeat(log.length)
                .getBytes(StandardCharsets.UTF_8));

        handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);

        assertThat(world.attachments).singleElement().extracting(MailWorld.Attached::name)
                .isEqualTo("vpn-client.log");
        assertThat(world.read).containsExactly("broken.log", "other.log");
    }

    @Test
    void at_most_twenty_same_size_files_of_the_issue_are_read_for_one_mail() throws Exception {
        byte[] log = TestMails.LOG_TEXT.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 25; i++) {
            world.attachedInJira(world.sd12, "other-" + i + ".log", log.length, "x".repeat(log.length)
                    .getBytes(StandardCharsets.UTF_8));
        }
        world.attachedInJira(world.sd12, "vpn.log", log.length, log);

        handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);

        assertThat(world.read).hasSize(JiraMailHistory.MAX_CANDIDATES);
        assertThat(world.attachments).hasSize(1);
    }

    @Test
    void same_size_files_are_read_up_to_25_mb_in_all_for_one_mail() throws Exception {
        long big = JiraMailHistory.MAX_READ_BYTES - 10;
        world.attachedInJira(world.sd12, "big.iso", big, new byte[0]);
        world.attachedInJira(world.sd12, "small.txt", 20, new byte[20]);
        world.attachedInJira(world.sd12, "tiny.txt", 10, new byte[10]);
        JiraMailHistory history = new JiraMailHistory(world.log, world.issues, world.users, world.permissions,
                "jira.example.com", MailWorld.NOW, world.fields, null, world.attachmentManager);

        java.util.Set<String> hashes = history.attachmentHashes("SD-12", java.util.Set.of(big, 20L, 10L));

        assertThat(world.read).containsExactly("big.iso", "tiny.txt");
        assertThat(hashes).hasSize(2).contains(
                "01d448afd928065458cf670b60f5a594d735af0172c8d67f22a81680132681ca");
    }

    @Test
    void an_out_of_office_reply_is_logged_and_answers_nothing() throws Exception {
        boolean handled = handler.handleMessage(TestMails.message(TestMails.OUT_OF_OFFICE), world.context);

        assertThat(handled).isTrue();
        assertThat(world.comments).isEmpty();
        assertThat(world.log.latest(1).get(0)).satisfies(entry -> {
            assertThat(entry.decision()).isEqualTo("ignore");
            assertThat(entry.reason()).isEqualTo("singlepoint.mail.reason.automatic.auto-submitted");
            assertThat(entry.reasonArgs()).containsExactly("auto-replied");
        });
    }

    @Test
    void mail_from_the_service_desk_s_own_address_is_ignored() throws Exception {
        handler.handleMessage(TestMails.message(TestMails.OWN_ADDRESS), world.context);

        assertThat(world.comments).isEmpty();
        assertThat(world.log.latest(1).get(0)).extracting(MailLogEntry::decision, MailLogEntry::reason)
                .containsExactly("ignore", "singlepoint.mail.reason.own-address");
    }

    @Test
    void an_issue_key_of_a_configured_project_in_the_subject_threads_a_new_mail() throws Exception {
        handler.handleMessage(TestMails.message(TestMails.SUBJECT_KEY), world.context);

        assertThat(world.comments).containsExactly(
                new MailWorld.Commented("CHG-45", "lena", "Please also open TCP 8443.", 501));
        assertThat(world.log.latest(1).get(0).reasonArgs()).containsExactly("subject-key", "CHG-45");
    }

    @Test
    void a_sender_who_may_not_comment_is_rejected_and_the_mail_kept() throws Exception {
        handler.handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);

        assertThat(world.comments).isEmpty();
        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.decision()).isEqualTo("reject");
        assertThat(entry.reason()).isEqualTo("singlepoint.mail.reason.sender-not-permitted");
        assertThat(entry.reasonArgs()).containsExactly("tom@northwind.example", "SD-12");
        assertThat(new String(world.log.raw(entry.id()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("Message-ID: <tom.1@northwind.example>").contains("Same here.");
    }

    @Test
    void a_mail_jira_refuses_is_kept_whole_and_processed_again_when_it_comes_again() throws Exception {
        when(world.context.createAttachment(any(), anyString(), anyString(), any(ApplicationUser.class),
                any(Issue.class))).thenThrow(new IllegalStateException("attachments are disabled"));

        boolean handled = handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);

        assertThat(handled).as("kept whole in the log, so the service may delete it").isTrue();
        MailLogEntry failed = world.log.latest(1).get(0);
        assertThat(failed.decision()).isEqualTo("failed");
        assertThat(failed.reasonArgs()).containsExactly("attachments are disabled");
        assertThat(failed.rawKeptWhole()).isTrue();
        assertThat(world.comments).isEmpty();

        world.attachments.clear();
        org.mockito.Mockito.reset(world.context);
        MailWorld again = new MailWorld(database.activeObjects());
        again.handler().handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), again.context);
        assertThat(again.comments).hasSize(1);
        assertThat(again.log.latest(1).get(0).decision()).isEqualTo("comment");
    }

    @Test
    void an_administrator_re_runs_a_rejected_mail_once_the_sender_may_comment_and_it_becomes_her_comment()
            throws Exception {
        handler.handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);
        long rejected = world.log.latest(1).get(0).id();
        when(world.permissions.hasPermission(any(), any(Issue.class), eq(world.tom))).thenReturn(true);

        MailProcessor.Outcome outcome = world.processor.rerun(rejected, world.configs.latest().orElseThrow())
                .orElseThrow();

        assertThat(outcome.decision()).isEqualTo("comment");
        assertThat(world.comments).containsExactly(new MailWorld.Commented("SD-12", "tom", "Same here.", 501));
        verify(world.commentManager).create(world.sd12, world.tom, "Same here.", true);
        assertThat(world.log.get(rejected).orElseThrow().decision()).isEqualTo("rerun");
        assertThat(world.processor.rerun(rejected, world.configs.latest().orElseThrow())).isEmpty();
    }

    @Test
    void a_re_run_of_a_failed_reply_comments_and_attaches_her_file_through_jira_services() throws Exception {
        when(world.context.createComment(any(), any(), anyString(), anyBoolean()))
                .thenThrow(new IllegalStateException("database unavailable"));
        handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);
        world.attachments.clear();
        long failed = world.log.latest(1).get(0).id();
        assertThat(world.log.get(failed).orElseThrow().decision()).isEqualTo("failed");

        MailProcessor.Outcome outcome = world.processor.rerun(failed, world.configs.latest().orElseThrow())
                .orElseThrow();

        assertThat(outcome.decision()).isEqualTo("comment");
        assertThat(world.comments).extracting(MailWorld.Commented::issueKey).containsExactly("SD-12");
        verify(world.attachmentManager).createAttachment(any(CreateAttachmentParamsBean.class));
        assertThat(world.attachments).singleElement().satisfies(file -> {
            assertThat(file.issueKey()).isEqualTo("SD-12");
            assertThat(file.name()).isEqualTo("vpn-client.log");
            assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).isEqualTo(TestMails.LOG_TEXT);
        });
        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.decision()).isEqualTo("comment");
        assertThat(entry.reason()).isNotEqualTo("singlepoint.mail.reason.commented-without-files");
        assertThat(entry.attachmentHashes()).hasSize(1);
    }

    @Test
    void a_test_run_from_the_admin_screen_changes_nothing_and_logs_nothing() throws Exception {
        when(world.context.isRealRun()).thenReturn(false);

        boolean handled = handler.handleMessage(TestMails.message(TestMails.REPLY_WITH_LOG), world.context);

        assertThat(handled).isTrue();
        verify(world.context, never()).createComment(any(), any(), anyString(), anyBoolean());
        assertThat(world.log.latest(10)).isEmpty();
    }

    @Test
    void wrong_parameters_are_reported_and_their_defaults_used() {
        MessageHandlerErrorCollector errors = mock(MessageHandlerErrorCollector.class);

        new ServiceDeskMailHandler(world.processor, world.configs, world.retention).init(Map.of("projects", "sd-1",
                "maxPerHour", "many", "bulk", "ignore"), errors);

        verify(errors).warning(contains("projects: \"sd-1\" is no Jira project key"));
        verify(errors).warning(contains("maxPerHour: \"many\" is not a number from 1 to 100000; 20 is used"));
        verify(errors).warning(contains("bulk: not a parameter of this handler"));
        verify(errors).warning(contains("no service desk addresses"));
        verify(errors, never()).error(anyString());
        verify(world.monitor, never()).error(anyString(), eq(null));
    }
}
