package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A mail from a Jira user that belongs to no issue opens one in the handler's project, through the service. */
class NewIssueFromMailTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(io.singlepoint.jira.notify.ao.NotifySenderEntity.class, MailLogEntity.class, MailBounceEntity.class,
            MailSettingEntity.class);

    private MailWorld world;
    private ServiceDeskMailHandler handler;

    @BeforeEach
    void setUp() throws Exception {
        world = new MailWorld(database.activeObjects());
        Map<String, String> params = new HashMap<>(MailWorld.PARAMS);
        params.put("project", "SD");
        params.put("issueType", "10002");
        handler = world.handler(params);
    }

    @Test
    void a_new_request_from_a_jira_user_opens_an_issue_reported_by_her_with_her_text_and_file() throws Exception {
        boolean handled = handler.handleMessage(TestMails.message(TestMails.NEW_REQUEST), world.context);

        assertThat(handled).isTrue();
        assertThat(world.created).hasSize(1);
        MutableIssue blank = world.created.get(0);
        verify(blank).setProjectId(10000L);
        verify(blank).setIssueTypeId("10002");
        verify(blank).setSummary("Printer on floor 3 prints blank pages");
        verify(blank).setDescription("Hello,\n\nthe printer next to room 3.12 prints only blank pages since this"
                + " morning.\n\nLena");
        verify(blank).setReporterId("lena");
        verify(world.context).createIssue(world.lena, blank);
        assertThat(world.attachments).singleElement().satisfies(file -> {
            assertThat(file.issueKey()).isEqualTo("SD-13");
            assertThat(file.name()).isEqualTo("printer-status.txt");
            assertThat(file.author()).isEqualTo("lena");
        });
        assertThat(world.comments).isEmpty();
        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.decision()).isEqualTo("created");
        assertThat(entry.issueKey()).isEqualTo("SD-13");
        assertThat(entry.reason()).isEqualTo("singlepoint.mail.reason.created");
        assertThat(entry.reasonArgs()).containsExactly("SD", "lena.fischer@customer.example");
        assertThat(world.log.attachmentHashes("SD-13")).hasSize(1);
    }

    @Test
    void her_next_mail_in_the_same_thread_becomes_a_comment_on_the_new_issue() throws Exception {
        handler.handleMessage(TestMails.message(TestMails.NEW_REQUEST), world.context);

        handler.handleMessage(TestMails.message(TestMails.REPLY_TO_NEW_REQUEST), world.context);

        assertThat(world.created).hasSize(1);
        assertThat(world.comments).singleElement().satisfies(c -> {
            assertThat(c.issueKey()).isEqualTo("SD-13");
            assertThat(c.body()).isEqualTo("It is the HP LaserJet, asset 4711.");
        });
    }

    @Test
    void without_a_project_for_new_requests_the_mail_is_held_for_an_agent() throws Exception {
        world.handler().handleMessage(TestMails.message(TestMails.NEW_REQUEST), world.context);

        verify(world.context, never()).createIssue(any(ApplicationUser.class), any(Issue.class));
        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.decision()).isEqualTo("hold");
        assertThat(entry.reason()).isEqualTo("singlepoint.mail.reason.new-request");
    }

    @Test
    void a_sender_who_is_no_jira_user_is_rejected_and_opens_nothing() throws Exception {
        handler.handleMessage(TestMails.message(TestMails.NEW_REQUEST_UNKNOWN), world.context);

        verify(world.context, never()).createIssue(any(ApplicationUser.class), any(Issue.class));
        assertThat(world.log.latest(1).get(0).decision()).isEqualTo("reject");
    }

    @Test
    void a_test_run_opens_no_issue() throws Exception {
        when(world.context.isRealRun()).thenReturn(false);

        handler.handleMessage(TestMails.message(TestMails.NEW_REQUEST), world.context);

        verify(world.context, never()).createIssue(any(ApplicationUser.class), any(Issue.class));
        assertThat(world.log.latest(10)).isEmpty();
    }

    @Test
    void a_re_run_of_a_held_request_opens_the_issue_with_her_file_through_jira_services() throws Exception {
        world.handler().handleMessage(TestMails.message(TestMails.NEW_REQUEST), world.context);
        long held = world.log.latest(1).get(0).id();
        assertThat(world.log.get(held).orElseThrow().decision()).isEqualTo("hold");
        assertThat(world.created).isEmpty();

        MailProcessor.Outcome outcome = world.processor.rerun(held, MailHandlerConfig.read(
                Map.of("project", "SD", "issueType", "10002")).config()).orElseThrow();

        assertThat(outcome.decision()).isEqualTo("created");
        assertThat(outcome.issueKey()).isEqualTo("SD-13");
        assertThat(world.created).hasSize(1);
        MutableIssue blank = world.created.get(0);
        verify(blank).setProjectId(10000L);
        verify(blank).setReporterId("lena");
        verify(world.issues).createIssueObject(world.lena, blank);
        verify(world.context, never()).createIssue(any(ApplicationUser.class), any(Issue.class));
        assertThat(world.attachments).singleElement().satisfies(file -> {
            assertThat(file.issueKey()).isEqualTo("SD-13");
            assertThat(file.name()).isEqualTo("printer-status.txt");
            assertThat(file.author()).isEqualTo("lena");
        });
        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.decision()).isEqualTo("created");
        assertThat(entry.reason()).isEqualTo("singlepoint.mail.reason.created");
        assertThat(world.log.attachmentHashes("SD-13")).hasSize(1);
        assertThat(world.log.get(held).orElseThrow().decision()).isEqualTo("rerun");
    }

    @Test
    void a_summary_is_one_line_of_at_most_255_characters_and_never_empty() {
        assertThat(MailProcessor.summary("Printer\r\n  on floor 3", "a@b.example")).isEqualTo("Printer on floor 3");
        assertThat(MailProcessor.summary("  ", "a@b.example")).isEqualTo("Mail from a@b.example");
        String longSubject = "word ".repeat(100);
        String summary = MailProcessor.summary(longSubject, "a@b.example");
        assertThat(summary).hasSizeLessThanOrEqualTo(255).endsWith("word\u2026");
        assertThat(MailProcessor.summary("x".repeat(300), "a@b.example")).hasSize(255);
    }
}
