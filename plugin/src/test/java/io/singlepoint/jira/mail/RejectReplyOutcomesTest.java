package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.jira.notify.ao.NotifySenderEntity;
import io.singlepoint.jira.testing.JiraIssues;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.singlepoint.jira.notify.SmtpServerOverJakartaMail;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What became of a rejected mail's answer and forward is kept with its processing log entry (sent, skipped and why,
 * failed and with what error), and a forward that did not go out can be sent again, once.
 */
class RejectReplyOutcomesTest {

    private static final String REFUSED = "Could not connect to SMTP host: smtp.example.com, port: 25";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(NotifySenderEntity.class, MailLogEntity.class,
            MailBounceEntity.class, MailSettingEntity.class);

    private MailWorld world;
    private final Map<String, String> forwarding = new HashMap<>(MailWorld.PARAMS);

    @BeforeEach
    void setUp() throws Exception {
        world = new MailWorld(database.activeObjects());
        world.senders.save(10000L, "servicedesk@example.com", "Example Service Desk", "help@example.com", null);
        ApplicationUser agent = JiraIssues.user("agent");
        when(agent.getEmailAddress()).thenReturn("agent@example.com");
        when(world.groups.getUsersInGroup("sd-agents")).thenReturn(List.of(agent));
        forwarding.put("forwardTo", "sd-agents");
    }

    @Test
    void a_sent_answer_and_forward_are_recorded_as_sent() throws Exception {
        world.handler(forwarding).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);

        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.answer()).isEqualTo(ReplyOutcome.SENT);
        assertThat(entry.forward()).isEqualTo(ReplyOutcome.SENT);
        assertThat(world.sent).hasSize(2);
        assertThat(MailProcessor.forwardable(entry)).isFalse();
    }

    @Test
    void a_failing_smtp_server_records_both_as_failed_with_the_error() throws Exception {
        doThrow(new MailException(REFUSED)).when(world.smtp).send(any(Email.class));

        world.handler(forwarding).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);

        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.decision()).isEqualTo("reject");
        ReplyOutcome failed = new ReplyOutcome(ReplyOutcome.State.FAILED, "singlepoint.mail.reply.failed",
                List.of(REFUSED));
        assertThat(entry.answer()).isEqualTo(failed);
        assertThat(entry.forward()).isEqualTo(failed);
    }

    @Test
    void a_sender_answered_within_the_hour_is_recorded_as_skipped_by_the_rate_limit() throws Exception {
        world.handler().handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);
        world.handler().handleMessage(TestMails.message(TestMails.NOT_PERMITTED.replace("tom.1@", "tom.2@")),
                world.context);

        MailLogEntry second = world.log.latest(1).get(0);
        assertThat(second.answer()).isEqualTo(new ReplyOutcome(ReplyOutcome.State.SKIPPED,
                "singlepoint.mail.reply.skipped.rate-limit", List.of("tom@northwind.example")));
        assertThat(second.forward()).as("no forwardTo: no forward tried").isNull();
        assertThat(world.sent).hasSize(1);
    }

    @Test
    void a_group_without_addresses_and_a_missing_sender_are_recorded_as_skipped() throws Exception {
        // SD without its service desk sender; sd-agents with no member who has an address.
        database.activeObjects().deleteWithSQL(NotifySenderEntity.class, "ID > ?", 0);
        MailWorld noSender = new MailWorld(database.activeObjects());
        ApplicationUser withoutAddress = JiraIssues.user("nobody");
        when(noSender.groups.getUsersInGroup("sd-agents")).thenReturn(List.of(withoutAddress));
        noSender.handler(forwarding).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), noSender.context);

        MailLogEntry entry = noSender.log.latest(1).get(0);
        assertThat(entry.answer()).isEqualTo(new ReplyOutcome(ReplyOutcome.State.SKIPPED,
                "singlepoint.mail.reply.skipped.no-sender", List.of("SD")));
        assertThat(entry.forward()).isEqualTo(new ReplyOutcome(ReplyOutcome.State.SKIPPED,
                "singlepoint.mail.reply.skipped.nobody", List.of("sd-agents")));
    }

    @Test
    void a_failed_forward_sent_again_sends_exactly_one_mail_and_records_sent_once() throws Exception {
        // The answer goes out, the forward fails: the SMTP server breaks between the two.
        doAnswer(call -> {
            Email mail = call.getArgument(0);
            if (mail.getTo().equals("agent@example.com")) {
                throw new MailException(REFUSED);
            }
            return world.sent.add(mail);
        }).when(world.smtp).send(any(Email.class));
        world.handler(forwarding).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);
        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.forward().state()).isEqualTo(ReplyOutcome.State.FAILED);
        assertThat(MailProcessor.forwardable(entry)).isTrue();
        world.sent.clear();
        doAnswer(call -> world.sent.add(call.getArgument(0))).when(world.smtp).send(any(Email.class));
        MailHandlerConfig config = world.configs.latest().orElseThrow();

        assertThat(world.processor.forwardAgain(entry.id(), config))
                .isEqualTo(new MailProcessor.ForwardAgain.Done(ReplyOutcome.SENT));

        assertThat(world.sent).singleElement().satisfies(mail -> {
            assertThat(mail.getTo()).isEqualTo("agent@example.com");
            assertThat(mail.getSubject()).isEqualTo("Rejected mail from tom@northwind.example");
            jakarta.mail.internet.MimeMessage forwarded =
                    (jakarta.mail.internet.MimeMessage) mail.getMultipart().getBodyPart(1).getContent();
            assertThat(forwarded.getMessageID()).isEqualTo("<tom.1@northwind.example>");
        });
        MailLogEntry after = world.log.get(entry.id()).orElseThrow();
        assertThat(after.forward()).isEqualTo(ReplyOutcome.SENT);
        assertThat(after.answer()).isEqualTo(ReplyOutcome.SENT);
        assertThat(after.decision()).isEqualTo("reject");

        assertThat(world.processor.forwardAgain(entry.id(), config))
                .isEqualTo(new MailProcessor.ForwardAgain.Refused());
        assertThat(world.sent).hasSize(1);
    }

    @Test
    void an_unreachable_smtp_server_fails_the_forward_and_forward_again_delivers_exactly_one_mail() throws Exception {
        SmtpServerOverJakartaMail smtp = new SmtpServerOverJakartaMail(closedPort());
        when(world.mailServers.getDefaultSMTPMailServer()).thenReturn(smtp);
        Map<String, String> params = new HashMap<>(MailWorld.PARAMS);
        params.put("forwardTo", "agents@example.com");
        params.put("rejectReply", "false");
        world.handler(params).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);

        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.answer()).isNull();
        assertThat(entry.forward().state()).isEqualTo(ReplyOutcome.State.FAILED);
        assertThat(entry.forward().args()).singleElement().asString().contains("connect");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

        smtp.port(GREEN_MAIL.getSmtp().getPort());
        MailHandlerConfig config = world.configs.latest().orElseThrow();
        assertThat(world.processor.forwardAgain(entry.id(), config))
                .isEqualTo(new MailProcessor.ForwardAgain.Done(ReplyOutcome.SENT));
        assertThat(world.processor.forwardAgain(entry.id(), config))
                .isEqualTo(new MailProcessor.ForwardAgain.Refused());

        assertThat(GREEN_MAIL.getReceivedMessages()).singleElement().satisfies(mail -> {
            assertThat(mail.getHeader("To", ",")).isEqualTo("agents@example.com");
            assertThat(mail.getHeader("Auto-Submitted", ",")).isEqualTo("auto-generated");
            MimeMultipart mixed = (MimeMultipart) mail.getContent();
            assertThat(((MimeMessage) mixed.getBodyPart(1).getContent()).getMessageID())
                    .isEqualTo("<tom.1@northwind.example>");
        });
        assertThat(world.log.get(entry.id()).orElseThrow().forward()).isEqualTo(ReplyOutcome.SENT);
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void a_forward_again_while_another_request_forwards_the_same_mail_sends_nothing() throws Exception {
        Map<String, String> params = new HashMap<>(MailWorld.PARAMS);
        params.put("forwardTo", "agent@example.com");
        params.put("rejectReply", "false");
        doThrow(new MailException(REFUSED)).when(world.smtp).send(any(Email.class));
        world.handler(params).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);
        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.forward().state()).isEqualTo(ReplyOutcome.State.FAILED);
        doAnswer(call -> world.sent.add(call.getArgument(0))).when(world.smtp).send(any(Email.class));
        MailHandlerConfig config = world.configs.latest().orElseThrow();
        // Another node (here: another thread) holds the entry's lock while it forwards the mail.
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread other = new Thread(() -> {
            var lock = world.clusterLocks.getLockForName(
                    "io.singlepoint.mail.forward." + Math.floorMod(entry.id(), 64));
            lock.lock();
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        other.start();
        held.await();
        try {
            assertThat(world.processor.forwardAgain(entry.id(), config))
                    .isEqualTo(new MailProcessor.ForwardAgain.Busy());
            assertThat(world.sent).isEmpty();
            assertThat(world.log.get(entry.id()).orElseThrow().forward().state())
                    .isEqualTo(ReplyOutcome.State.FAILED);
        } finally {
            release.countDown();
            other.join();
        }
        assertThat(world.processor.forwardAgain(entry.id(), config))
                .isEqualTo(new MailProcessor.ForwardAgain.Done(ReplyOutcome.SENT));
        assertThat(world.sent).hasSize(1);
    }
}
