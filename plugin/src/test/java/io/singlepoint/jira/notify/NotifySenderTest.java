package io.singlepoint.jira.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.notify.RecipientRules;
import io.singlepoint.core.notify.Stage;
import io.singlepoint.jira.notify.store.StoredIntent;
import io.singlepoint.jira.notify.store.StoredIntent.State;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole way of a change notification in Jira: the post-function records it inside the transition, the job sends
 * it through Jira's SMTP server — here Jakarta Mail to a real SMTP server, GreenMail — and the mails arrive as a mail
 * client reads them.
 */
class NotifySenderTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final ActiveObjectsDatabase database = NotifyWorld.database();

    private NotifyWorld world;

    static final String APPROVED = NotificationConfig.of(Stage.CHANGE_APPROVED,
                    RecipientRules.parse(List.of("reporter", "assignee", "watchers"), true))
            .withWindow(NotifyWorld.WINDOW_FIELD, null).toJson();

    static final String REMINDER = NotificationConfig.reminder(
            RecipientRules.parse(List.of("reporter", "assignee"), false), NotifyWorld.WINDOW_FIELD, null).toJson();

    @BeforeEach
    void start() {
        world = new NotifyWorld(database, GREEN_MAIL.getSmtp().getPort());
    }

    @Test
    void each_recipient_gets_their_own_mail_from_the_service_desk_in_the_issue_s_thread() throws Exception {
        world.transition(APPROVED, "JIRAUSER10300");
        world.sender.runOnce();

        MimeMessage[] mails = received(2);
        assertThat(Arrays.stream(mails).map(NotifySenderTest::to))
                .containsExactlyInAnyOrder("ann.archer@example.com", "bob.brandt@example.com");
        for (MimeMessage mail : mails) {
            InternetAddress from = (InternetAddress) mail.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("servicedesk@example.com");
            assertThat(from.getPersonal()).isEqualTo("IT Service Desk");
            assertThat(mail.getFrom()).hasSize(1);
            assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("help@example.com");
            assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
            assertThat(mail.getMessageID()).matches("<sp\\.10012\\.change-approved\\.[0-9a-z]+@jira\\.example\\.com>");
            assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<sp.10012@jira.example.com>");
            assertThat(mail.getHeader("References", null)).isEqualTo("<sp.10012@jira.example.com>");
            assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
            assertThat(mail.getSubject()).startsWith("[SD-12] ").contains("Replace the core switch in building B");
            assertThat(mail.getContentType()).startsWith("multipart/alternative");
            assertThat(text(mail)).contains("Replace the core switch in building B");
            assertThat(html(mail)).contains("Replace the core switch in building B").contains("<html");
        }
        assertThat(mails[0].getMessageID()).isNotEqualTo(mails[1].getMessageID());
        StoredIntent logged = world.intents.log(10).get(0);
        assertThat(logged.state()).isEqualTo(State.SENT);
        assertThat(logged.sent()).isEqualTo(2);
    }

    @Test
    void each_recipient_reads_their_mail_in_their_own_jira_language_with_times_in_their_own_zone() throws Exception {
        world.profile(world.owner, java.util.Locale.UK, "America/New_York");
        world.profile(world.engineer, java.util.Locale.GERMANY, "Europe/Berlin");
        world.transition(APPROVED, "JIRAUSER10300");
        world.sender.runOnce();

        MimeMessage[] mails = received(2);
        MimeMessage english = Arrays.stream(mails).filter(m -> to(m).startsWith("ann")).findFirst().orElseThrow();
        MimeMessage german = Arrays.stream(mails).filter(m -> to(m).startsWith("bob")).findFirst().orElseThrow();
        assertThat(english.getSubject()).contains("Change approved");
        assertThat(text(english)).startsWith("Hello").contains("2 July 2026, 02:00")
                .doesNotContain("08:00");
        assertThat(german.getSubject()).contains("genehmigt");
        assertThat(text(german)).startsWith("Guten Tag").contains("2. Juli 2026").contains("08:00")
                .doesNotContain("02:00");
        assertThat(html(german)).contains("lang=\"de");
    }

    @Test
    void with_the_comment_on_one_comment_records_what_was_sent_as_who_made_the_transition_even_when_run_again()
            throws Exception {
        String commented = NotificationConfig.fromJson(APPROVED).withComment(true).toJson();
        world.transition(commented, "JIRAUSER10200");
        world.sender.runOnce();
        received(1);
        long id = world.intents.log(10).get(0).id();
        world.sender.runOnce();
        world.intents.resend(id, true, NotifyWorld.NOW);
        world.sender.runOnce();
        received(2);

        verify(world.comments, times(1)).create(world.issue, world.engineer,
                "The service desk sent the notification \"Change approved and scheduled\" to 1 people (1 left out).",
                false);
        verifyNoMoreInteractions(world.comments);
    }

    @Test
    void a_notification_that_reached_nobody_says_so_in_its_comment_and_without_the_option_there_is_none() {
        world.transition(NotificationConfig.of(Stage.CHANGE_COMPLETED,
                RecipientRules.parse(List.of("group:nobody-here"), false)).withComment(true).toJson(), null);
        world.transition(NotificationConfig.of(Stage.LESSONS_LEARNT,
                RecipientRules.parse(List.of("reporter"), false)).toJson(), null);
        world.sender.runOnce();

        verify(world.comments).create(world.issue, null,
                "The notification \"Change completed\" reached nobody (0 left out).", false);
        verifyNoMoreInteractions(world.comments);
    }

    @Test
    void who_made_the_transition_is_left_out_and_counted() throws Exception {
        world.transition(APPROVED, "JIRAUSER10200");
        world.sender.runOnce();

        assertThat(Arrays.stream(received(1)).map(NotifySenderTest::to)).containsExactly("ann.archer@example.com");
        StoredIntent logged = world.intents.log(10).get(0);
        assertThat(logged.sent()).isEqualTo(1);
        assertThat(logged.skipped()).isEqualTo(1);
    }

    @Test
    void an_address_a_bounce_marked_gets_no_mail_until_it_is_cleared() throws Exception {
        world.bounced.record(List.of("Bob.Brandt@Example.com"), NotifyWorld.NOW, 7);
        world.transition(APPROVED, null);
        world.sender.runOnce();

        assertThat(Arrays.stream(received(1)).map(NotifySenderTest::to)).containsExactly("ann.archer@example.com");
        StoredIntent logged = world.intents.log(10).get(0);
        assertThat(logged.skipped()).isEqualTo(1);

        world.bounced.clear("bob.brandt@example.com");
        world.intents.resend(logged.id(), false, NotifyWorld.NOW);
        world.sender.runOnce();

        assertThat(Arrays.stream(received(2)).map(NotifySenderTest::to))
                .containsExactly("ann.archer@example.com", "bob.brandt@example.com");
    }

    @Test
    void a_field_value_with_html_is_escaped_in_the_html_body_and_as_typed_in_the_text_body() throws Exception {
        world.summary("Switch <b>core</b> & \"uplink\" for M\u00fcller");
        world.transition(APPROVED, "JIRAUSER10200");
        world.sender.runOnce();

        MimeMessage mail = received(1)[0];
        assertThat(html(mail)).contains("Switch &lt;b&gt;core&lt;/b&gt; &amp; &quot;uplink&quot;")
                .doesNotContain("<b>core</b>");
        assertThat(text(mail)).contains("Switch <b>core</b> & \"uplink\" for M\u00fcller");
        assertThat(mail.getSubject()).contains("Switch <b>core</b> & \"uplink\" for M\u00fcller");
    }

    @Test
    void a_field_value_with_cr_lf_adds_no_header_and_no_recipient() throws Exception {
        world.summary("Core switch\r\nBcc: eve@evil.example\r\nX-Injected: yes\n\nbody");
        world.transition(APPROVED, "JIRAUSER10200");
        world.sender.runOnce();

        MimeMessage mail = received(1)[0];
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getHeader("X-Injected")).isNull();
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mail.getSubject()).doesNotContain("\n").doesNotContain("\r");
        assertThat(GREEN_MAIL.getReceivedMessagesForDomain("evil.example")).isEmpty();
    }

    @Test
    void a_retried_transition_and_a_second_run_of_the_job_send_once() throws Exception {
        world.transition(APPROVED, "JIRAUSER10300");
        world.transition(APPROVED, "JIRAUSER10300");
        world.sender.runOnce();
        world.sender.runOnce();

        assertThat(world.intents.log(10)).hasSize(1);
        assertThat(received(2)).hasSize(2);
        Thread.sleep(200);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void a_failing_smtp_server_leaves_the_intent_pending_with_its_reason_and_it_is_sent_once_the_server_is_back()
            throws Exception {
        world.smtp.port(closedPort());
        world.transition(APPROVED, "JIRAUSER10300");
        world.sender.runOnce();

        StoredIntent pending = world.intents.log(10).get(0);
        assertThat(pending.state()).isEqualTo(State.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.reason()).startsWith("SMTP: ");
        assertThat(pending.nextAt()).isEqualTo(NotifyWorld.NOW.plus(Duration.ofMinutes(1)));
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

        world.smtp.port(GREEN_MAIL.getSmtp().getPort());
        world.sender.runOnce();
        assertThat(GREEN_MAIL.getReceivedMessages()).as("not before the next attempt is due").isEmpty();

        world.clock.advance(Duration.ofMinutes(1));
        world.sender.runOnce();
        assertThat(received(2)).hasSize(2);
        assertThat(world.intents.log(10).get(0).state()).isEqualTo(State.SENT);
    }

    @Test
    void a_group_s_active_members_with_an_address_are_told_and_the_others_counted_as_left_out() throws Exception {
        var frank = world.user("JIRAUSER10600", "Frank Fuchs", "frank.fuchs@example.com", true);
        var dave = world.user("JIRAUSER10400", "Dave Dunn", "dave.dunn@example.com", false);
        when(world.groups.getUsersInGroup("network-team")).thenReturn(List.of(frank, dave));
        world.transition(NotificationConfig.of(Stage.CHANGE_COMPLETED,
                RecipientRules.parse(List.of("group:network-team"), false)).toJson(), "JIRAUSER10300");
        world.sender.runOnce();

        assertThat(Arrays.stream(received(1)).map(NotifySenderTest::to)).containsExactly("frank.fuchs@example.com");
        assertThat(world.intents.log(10).get(0).skipped()).isEqualTo(1);
    }

    @Test
    void a_project_role_is_looked_up_in_the_issue_s_project() throws Exception {
        var carla = world.user("JIRAUSER10300", "Carla Cruz", "carla.cruz@example.com", true);
        ProjectRole cab = mock(ProjectRole.class);
        ProjectRoleActors actors = mock(ProjectRoleActors.class);
        when(world.roles.getProjectRole("Change Advisory Board")).thenReturn(cab);
        when(world.roles.getProjectRoleActors(cab, world.issue.getProjectObject())).thenReturn(actors);
        when(actors.getApplicationUsers()).thenReturn(Set.of(carla));
        world.transition(NotificationConfig.of(Stage.LESSONS_LEARNT,
                RecipientRules.parse(List.of("project-role:Change Advisory Board"), false)).toJson(), "JIRAUSER10200");
        world.sender.runOnce();

        MimeMessage mail = received(1)[0];
        assertThat(to(mail)).isEqualTo("carla.cruz@example.com");
        assertThat(mail.getMessageID()).startsWith("<sp.10012.lessons-learnt.");
    }

    @Test
    void a_project_s_own_template_replaces_the_default_and_still_escapes_values() throws Exception {
        world.summary("Core <switch>");
        world.templates.save(NotifyWorld.PROJECT_ID, "change-approved", "en", "html",
                "<p>Approved by the CAB: $view.summaryHtml()</p>");
        world.templates.save(NotifyWorld.PROJECT_ID, "change-approved", "en", "subject", "Approved: $view.summary()");
        world.transition(APPROVED, "JIRAUSER10200");
        world.sender.runOnce();

        MimeMessage mail = received(1)[0];
        assertThat(html(mail)).contains("<p>Approved by the CAB: Core &lt;switch&gt;</p>");
        assertThat(mail.getSubject()).isEqualTo("[SD-12] Approved: Core <switch>");
        assertThat(text(mail)).contains("Core <switch>");
    }

    @Test
    void a_project_without_a_service_desk_sender_sends_nothing_and_says_why() {
        world.noSender();
        world.transition(APPROVED, "JIRAUSER10300");
        world.sender.runOnce();

        StoredIntent pending = world.intents.log(10).get(0);
        assertThat(pending.state()).isEqualTo(State.PENDING);
        assertThat(pending.reason()).isEqualTo("no service desk sender is configured for project SD");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_reminder_waits_for_its_day_and_is_sent_then() throws Exception {
        world.clock.advance(Duration.ofDays(-3));
        world.transition(REMINDER, "JIRAUSER10300");
        world.sender.runOnce();
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

        world.clock.advance(Duration.ofDays(3));
        world.sender.runOnce();

        MimeMessage[] mails = received(2);
        assertThat(mails[0].getMessageID()).startsWith("<sp.10012.reminder.");
        assertThat(world.intents.log(10).get(0).state()).isEqualTo(State.SENT);
    }

    @Test
    void a_reminder_is_cancelled_when_the_issue_left_the_stage_before_it_was_due() {
        world.clock.advance(Duration.ofDays(-3));
        world.transition(REMINDER, "JIRAUSER10300");
        world.status("Cancelled");
        world.clock.advance(Duration.ofDays(3));
        world.sender.runOnce();

        StoredIntent cancelled = world.intents.log(10).get(0);
        assertThat(cancelled.state()).isEqualTo(State.CANCELLED);
        assertThat(cancelled.reason()).contains("singlepoint.notify.review.cancel.leftstage").contains("Cancelled");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_edit_that_moves_the_window_re_plans_the_pending_reminder_at_once_and_other_events_change_nothing() {
        world.clock.advance(Duration.ofDays(-3));
        world.transition(REMINDER, "JIRAUSER10300");
        NotifyIssueListener listener = new NotifyIssueListener(world.sender);
        com.atlassian.jira.event.issue.IssueEvent event = mock(com.atlassian.jira.event.issue.IssueEvent.class);
        when(event.getIssue()).thenReturn(world.issue);
        listener.onIssueEvent(event);
        assertThat(world.intents.log(10)).singleElement().extracting(StoredIntent::state).isEqualTo(State.PENDING);

        java.time.Instant moved = NotifyWorld.WINDOW.plus(Duration.ofDays(2));
        when(world.issue.getCustomFieldValue(world.windowField)).thenReturn(java.sql.Timestamp.from(moved));
        listener.onIssueEvent(event);

        List<StoredIntent> log = world.intents.log(10);
        assertThat(log).hasSize(2);
        assertThat(log.get(0).state()).isEqualTo(State.PENDING);
        assertThat(log.get(0).nextAt()).isEqualTo(moved.minus(Duration.ofHours(24)));
        assertThat(log.get(1).state()).isEqualTo(State.CANCELLED);
        assertThat(log.get(1).reason()).contains("the change window moved to " + moved);
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_resend_from_the_log_sends_again_to_everyone() throws Exception {
        world.transition(APPROVED, "JIRAUSER10300");
        world.sender.runOnce();
        received(2);

        assertThat(world.intents.resend(world.intents.log(10).get(0).id(), true, NotifyWorld.NOW)).isTrue();
        world.sender.runOnce();

        MimeMessage[] mails = received(4);
        assertThat(Arrays.stream(mails).map(NotifySenderTest::messageId).distinct()).as("a resend is a new mail")
                .hasSize(4);
    }

    private static MimeMessage[] received(int count) {
        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, count)).as("%d mails arrive", count).isTrue();
        return GREEN_MAIL.getReceivedMessages();
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws Exception {
        return part(mail, "text/plain");
    }

    private static String html(MimeMessage mail) throws Exception {
        return part(mail, "text/html");
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
