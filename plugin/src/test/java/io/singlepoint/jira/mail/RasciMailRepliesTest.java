package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.issue.fields.CustomField;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.jira.rasci.RasciFieldType;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * People the issue's RASCI field names answer by mail: a Jira user without Add Comments and an outside address get
 * a comment written by the run-as user ({@code commentAs}) that names them; without {@code commentAs}, and for people
 * the field does not name, the mail is rejected as before.
 */
class RasciMailRepliesTest {

    /** Anna Berg, a consultant outside Jira, answers SD-12 from her partner address (in other case). */
    static final String OUTSIDE = """
            From: Anna Berg <Anna.Berg@Partner.example>
            To: servicedesk@example.com
            Subject: RE: [SD-12] VPN drops every few minutes
            Date: Tue, 3 Nov 2026 10:45:00 +0100
            Message-ID: <anna.1@partner.example>
            In-Reply-To: <sp.10012.info-requested.0123456789abcdef@jira.example.com>
            Content-Type: text/plain; charset=UTF-8

            The firewall drops idle tunnels after 60 s; we raised it to 300 s.
            """;

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(io.singlepoint.jira.notify.ao.NotifySenderEntity.class, MailLogEntity.class, MailBounceEntity.class,
            MailSettingEntity.class);

    private MailWorld world;
    private final Map<String, String> params = new HashMap<>(MailWorld.PARAMS);

    @BeforeEach
    void setUp() throws Exception {
        world = new MailWorld(database.activeObjects());
        params.put("commentAs", "sd-robot");
        RasciAssignment rasci = RasciAssignment.of(Map.of(
                RasciRole.CONSULTED, List.of(Participant.email("anna.berg@partner.example")),
                RasciRole.INFORMED, List.of(Participant.user("tom"))));
        CustomField other = mock(CustomField.class);
        CustomField field = mock(CustomField.class);
        when(field.getCustomFieldType()).thenReturn(mock(RasciFieldType.class));
        when(field.getValue(world.sd12)).thenReturn(rasci);
        when(world.fields.getCustomFieldObjects(world.sd12)).thenReturn(List.of(other, field));
    }

    @Test
    void an_outside_address_on_the_issue_answers_through_the_run_as_user_and_the_sla_counts_it() throws Exception {
        world.handler(params).handleMessage(TestMails.message(OUTSIDE), world.context);

        assertThat(world.comments).containsExactly(new MailWorld.Commented("SD-12", "sd-robot",
                "On behalf of Anna Berg <anna.berg@partner.example>:\n\n"
                        + "The firewall drops idle tunnels after 60 s; we raised it to 300 s.", 501));
        verify(world.slaReplies).onComment(world.sd12, world.robot, 501L, true);
        MailLogEntry entry = world.log.latest(1).get(0);
        assertThat(entry.decision()).isEqualTo("comment");
        assertThat(entry.reason()).isEqualTo("singlepoint.mail.reason.commented-on-behalf");
        assertThat(entry.reasonArgs()).containsExactly("reference",
                "sp.10012.info-requested.0123456789abcdef@jira.example.com", "sd-robot", "anna.berg@partner.example");
    }

    @Test
    void a_jira_user_named_by_rasci_without_the_permission_answers_through_the_run_as_user() throws Exception {
        world.handler(params).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);

        assertThat(world.comments).containsExactly(new MailWorld.Commented("SD-12", "sd-robot",
                "On behalf of Tom Harris <tom@northwind.example>:\n\nSame here.", 501));
    }

    @Test
    void a_rasci_user_who_may_comment_answers_as_themselves() throws Exception {
        when(world.permissions.hasPermission(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(com.atlassian.jira.issue.Issue.class), eq(world.tom)))
                .thenReturn(true);
        world.handler(params).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);

        assertThat(world.comments).containsExactly(new MailWorld.Commented("SD-12", "tom", "Same here.", 501));
        verify(world.slaReplies).onComment(world.sd12, world.tom, 501L, false);
    }

    @Test
    void without_comment_as_or_when_the_field_does_not_name_them_they_are_rejected() throws Exception {
        world.handler().handleMessage(TestMails.message(OUTSIDE), world.context);
        assertThat(world.log.latest(1).get(0).decision()).isEqualTo("reject");

        when(world.fields.getCustomFieldObjects(world.sd12)).thenReturn(List.of());
        world.handler(params).handleMessage(TestMails.message(TestMails.NOT_PERMITTED), world.context);
        assertThat(world.log.latest(1).get(0).decision()).isEqualTo("reject");

        params.put("commentAs", "nobody");
        when(world.fields.getCustomFieldObjects(world.sd12)).thenReturn(List.of());
        world.handler(params).handleMessage(TestMails.message(OUTSIDE.replace("anna.1", "anna.2")), world.context);
        assertThat(world.log.latest(1).get(0).decision()).isEqualTo("reject");

        assertThat(world.comments).isEmpty();
        verify(world.slaReplies, never()).onComment(eq(world.sd12), org.mockito.ArgumentMatchers.any(), anyLong(),
                org.mockito.ArgumentMatchers.anyBoolean());
    }
}
