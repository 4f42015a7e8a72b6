package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import com.atlassian.mail.Email;

import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.jira.notify.ao.NotifySenderEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rejected sender gets one short answer from the project's service desk sender, in reply to their mail and marked
 * as automatic; never twice an hour, never to a bounced address, not with {@code rejectReply=false}, and not without
 * a service desk sender.
 */
class RejectRepliesTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(NotifySenderEntity.class, MailLogEntity.class,
            MailBounceEntity.class, MailSettingEntity.class);

    private MailWorld world;

    @BeforeEach
    void setUp() throws Exception {
        world = new MailWorld(database.activeObjects());
        world.senders.save(10000L, "servicedesk@example.com", "Example Service Desk", "help@example.com", null);
    }

    @Test
    void a_rejected_sender_gets_one_answer_from_the_projects_service_desk() throws Exception {
        world.handler().handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);

        assertThat(world.log.latest(1).get(0).decision()).isEqualTo("reject");
        assertThat(world.sent).singleElement().satisfies(mail -> {
            assertThat(mail.getTo()).isEqualTo("tom@northwind.example");
            assertThat(mail.getFrom()).isEqualTo("servicedesk@example.com");
            assertThat(mail.getFromName()).isEqualTo("Example Service Desk");
            assertThat(mail.getReplyTo()).isEqualTo("help@example.com");
            assertThat(mail.getInReplyTo()).isEqualTo("<tom.1@northwind.example>");
            assertThat(mail.getSubject()).isEqualTo("Not accepted: RE: [SD-12] VPN drops every few minutes");
            assertThat(mail.getBody()).isEqualTo("Write to help@example.com.");
            assertThat(mail.getHeaders()).containsEntry("Auto-Submitted", "auto-replied")
                    .containsEntry("X-Auto-Response-Suppress", "All");
        });

        // The loop guard: the next rejected mail within the hour gets no answer.
        world.handler().handleMessage(TestMails.message(TestMails.NOT_PERMITTED.replace("tom.1@", "tom.2@")),
                world.context);
        assertThat(world.log.latest(1).get(0).decision()).isEqualTo("reject");
        assertThat(world.sent).hasSize(1);
    }

    @Test
    void a_rejected_mail_is_forwarded_to_the_agents_group_as_an_attachment() throws Exception {
        com.atlassian.jira.user.ApplicationUser agent = io.singlepoint.jira.testing.JiraIssues.user("agent");
        when(agent.getEmailAddress()).thenReturn("agent@example.com");
        when(world.groups.getUsersInGroup("sd-agents")).thenReturn(java.util.List.of(agent));
        Map<String, String> params = new HashMap<>(MailWorld.PARAMS);
        params.put("forwardTo", "sd-agents");
        params.put("rejectReply", "false");

        world.handler(params).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);

        assertThat(world.sent).singleElement().satisfies(mail -> {
            assertThat(mail.getTo()).isEqualTo("agent@example.com");
            assertThat(mail.getFrom()).isEqualTo("servicedesk@example.com");
            assertThat(mail.getSubject()).isEqualTo("Rejected mail from tom@northwind.example");
            assertThat(mail.getHeaders()).containsEntry("Auto-Submitted", "auto-generated");
            jakarta.mail.Multipart mixed = mail.getMultipart();
            assertThat(mixed.getCount()).isEqualTo(2);
            assertThat(mixed.getBodyPart(0).getContent()).isEqualTo("Rejected: [tom@northwind.example, SD-12]");
            jakarta.mail.internet.MimeMessage forwarded =
                    (jakarta.mail.internet.MimeMessage) mixed.getBodyPart(1).getContent();
            assertThat(forwarded.getMessageID()).isEqualTo("<tom.1@northwind.example>");
            assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("rejected-mail.eml");
        });
    }

    @Test
    void no_answer_when_switched_off_to_a_bounced_address_or_without_a_sender() throws Exception {
        Map<String, String> off = new HashMap<>(MailWorld.PARAMS);
        off.put("rejectReply", "false");
        world.handler(off).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);
        assertThat(world.log.latest(1).get(0).decision()).isEqualTo("reject");
        assertThat(world.sent).isEmpty();

        MailWorld bouncing = new MailWorld(database.activeObjects());
        bouncing.bounced.record(java.util.List.of("tom@northwind.example"), MailWorld.NOW, 1L);
        bouncing.handler().handleMessage(TestMails.message(TestMails.NOT_PERMITTED.replace("tom.1@", "tom.3@")
                .replace("2026 10:40", "2026 10:41")), bouncing.context);
        assertThat(bouncing.sent).isEmpty();

        assertThat(MailHandlerConfig.read(Map.of("rejectReply", "maybe")).problems())
                .containsExactly("rejectReply: \"maybe\" is neither true nor false; true is used");
        assertThat(MailHandlerConfig.DEFAULT.rejectReply()).isTrue();
    }
}
