package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.singlepoint.jira.admin.AdminGate;
import io.singlepoint.jira.admin.FormToken;
import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.mail.ao.MailLogEntity;
import io.singlepoint.jira.mail.ao.MailSettingEntity;
import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The processing log page: the latest mails with decision and reason, and the raw mail to download. */
class MailLogServletTest {

    private static final Instant AT = Instant.parse("2026-11-03T09:15:02Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(MailLogEntity.class, MailBounceEntity.class,
            MailSettingEntity.class);

    private final AdminGate gate = mock(AdminGate.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter page = new StringWriter();
    private final jakarta.servlet.http.HttpSession session = mock(jakarta.servlet.http.HttpSession.class);
    private final MailHandlerConfigs configs = new MailHandlerConfigs();
    private final MailProcessor processor = mock(MailProcessor.class);
    private MailLogStore log;
    private BouncedAddresses bounced;
    private long rejected;

    @BeforeEach
    void setUp() throws Exception {
        log = new MailLogStore(database.activeObjects());
        bounced = new BouncedAddresses(database.activeObjects());
        log.add(new MailLogStore.NewEntry("m1@customer.example", "lena.fischer@customer.example",
                "Re: [SD-12] <VPN> drops", "comment", "singlepoint.mail.reason.commented",
                List.of("reference", "sp.10012@jira.example.com"), "SD-12", AT, new byte[] {'a'}, 1, List.of()));
        rejected = log.add(new MailLogStore.NewEntry("tom.1@northwind.example", "tom@northwind.example",
                "RE: [SD-12] VPN drops", "reject", "singlepoint.mail.reason.sender-not-permitted",
                List.of("tom@northwind.example", "SD-12"), null, AT.plusSeconds(60),
                TestMails.raw(TestMails.NOT_PERMITTED), TestMails.raw(TestMails.NOT_PERMITTED).length, List.of()));
        when(gate.admit(request, response)).thenReturn(true);
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(page));
        when(request.getSession(true)).thenReturn(session);
        when(request.getSession(false)).thenReturn(session);
        when(session.getAttribute(FormToken.ATTRIBUTE)).thenReturn("t0k3n");
    }

    @Test
    void a_held_rejected_or_failed_mail_kept_whole_can_be_re_run_with_the_session_s_token() throws Exception {
        servlet(Locale.ENGLISH).doGet(request, response);

        assertThat(page.toString()).contains("<input type=\"hidden\" name=\"token\" value=\"t0k3n\">"
                + "<input type=\"hidden\" name=\"rerun\" value=\"" + rejected + "\">");
        assertThat(page.toString().split("name=\"rerun\"", -1)).hasSize(2);
    }

    @Test
    void a_re_run_posted_with_the_token_runs_the_mail_again_with_the_handler_s_configuration() throws Exception {
        configs.set(MailHandlerConfig.DEFAULT);
        when(request.getParameter("token")).thenReturn("t0k3n");
        when(request.getParameter("rerun")).thenReturn(String.valueOf(rejected));
        when(processor.rerun(rejected, MailHandlerConfig.DEFAULT)).thenReturn(java.util.Optional.of(
                new MailProcessor.Outcome("comment", "SD-12", null, true)));

        servlet(Locale.ENGLISH).doPost(request, response);

        verify(processor).rerun(rejected, MailHandlerConfig.DEFAULT);
        verify(response).sendRedirect("/jira/plugins/servlet/singlepoint/mail-log?message="
                + "singlepoint.mail.log.rerun.done");
    }

    @Test
    void a_re_run_posted_without_the_session_s_token_is_refused() throws Exception {
        configs.set(MailHandlerConfig.DEFAULT);
        when(request.getParameter("token")).thenReturn("forged");
        when(request.getParameter("rerun")).thenReturn(String.valueOf(rejected));

        servlet(Locale.ENGLISH).doPost(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        verifyNoInteractions(processor);
    }

    @Test
    void an_administrator_sees_the_latest_mails_with_decision_issue_and_reason_escaped() throws Exception {
        servlet(Locale.ENGLISH).doGet(request, response);

        String html = page.toString();
        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(html)
                .contains("<meta name=\"decorator\" content=\"atl.admin\"/>")
                .contains("<td>2026-11-03 09:16:02 UTC</td>")
                .contains("<span class=\"aui-lozenge aui-lozenge-moved\">reject</span>")
                .contains("tom@northwind.example is no Jira user who may comment on SD-12.")
                .contains("Re: [SD-12] &lt;VPN&gt; drops")
                .contains("<a href=\"/jira/plugins/servlet/singlepoint/mail-log?download=" + rejected + "\">")
                .doesNotContain("$row").doesNotContain("$i18n");
        assertThat(html.indexOf("tom@northwind.example")).isLessThan(html.indexOf("lena.fischer@customer.example"));
    }

    @Test
    void bounced_addresses_are_listed_and_an_administrator_clears_one_with_the_session_s_token() throws Exception {
        bounced.record(List.of("T.Harris@northwind.example"), AT, rejected);
        bounced.record(List.of("t.harris@northwind.example", "<x>@bad.example"), AT.plusSeconds(3600), rejected);

        servlet(Locale.ENGLISH).doGet(request, response);

        assertThat(page.toString()).contains("Bounced addresses")
                .contains("<td>t.harris@northwind.example</td>")
                .contains("<td>2026-11-03 09:15:02 UTC</td>")
                .contains("?download=" + rejected + "\">2026-11-03 10:15:02 UTC</a></td>")
                .contains("<td>2</td>")
                .contains("&lt;x&gt;@bad.example")
                .contains("<input type=\"hidden\" name=\"token\" value=\"t0k3n\"><input type=\"hidden\""
                        + " name=\"clear\" value=\"t.harris@northwind.example\">");

        when(request.getParameter("token")).thenReturn("t0k3n");
        when(request.getParameter("clear")).thenReturn("t.harris@northwind.example");
        servlet(Locale.ENGLISH).doPost(request, response);

        assertThat(bounced.isBounced("t.harris@northwind.example")).isFalse();
        assertThat(bounced.isBounced("<x>@bad.example")).isTrue();
        verify(response).sendRedirect("/jira/plugins/servlet/singlepoint/mail-log?message="
                + "singlepoint.mail.log.bounce.cleared");
        verifyNoInteractions(processor);
    }

    @Test
    void a_clear_posted_without_the_session_s_token_is_refused() throws Exception {
        bounced.record(List.of("t.harris@northwind.example"), AT, rejected);
        when(request.getParameter("token")).thenReturn("forged");
        when(request.getParameter("clear")).thenReturn("t.harris@northwind.example");

        servlet(Locale.ENGLISH).doPost(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        assertThat(bounced.isBounced("t.harris@northwind.example")).isTrue();
    }

    @Test
    void the_page_speaks_the_language_of_the_administrator() throws Exception {
        servlet(Locale.GERMAN).doGet(request, response);

        assertThat(page.toString()).contains("Mail-Verarbeitungsprotokoll")
                .contains("tom@northwind.example ist kein Jira-Benutzer, der SD-12 kommentieren darf.");
    }

    @Test
    void a_kept_raw_mail_downloads_as_an_eml_file() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(request.getParameter("download")).thenReturn(String.valueOf(rejected));
        when(response.getOutputStream()).thenReturn(new Captured(body));

        servlet(Locale.ENGLISH).doGet(request, response);

        verify(response).setContentType("message/rfc822");
        verify(response).setHeader("Content-Disposition",
                "attachment; filename=\"singlepoint-mail-" + rejected + ".eml\"");
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo(new String(
                TestMails.raw(TestMails.NOT_PERMITTED), StandardCharsets.UTF_8));
    }

    @Test
    void an_entry_without_raw_mail_is_not_found() throws Exception {
        when(request.getParameter("download")).thenReturn("999");

        servlet(Locale.ENGLISH).doGet(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_NOT_FOUND), anyString());
        verify(response, never()).getOutputStream();
    }

    @Test
    void nothing_is_shown_to_whom_the_gate_refuses() throws Exception {
        when(gate.admit(request, response)).thenReturn(false);
        when(request.getParameter("download")).thenReturn(String.valueOf(rejected));

        servlet(Locale.ENGLISH).doGet(request, response);

        assertThat(page.toString()).isEmpty();
        verify(response, never()).getOutputStream();
    }

    @Test
    void the_answer_and_forward_of_a_rejected_mail_show_in_german_with_failures_highlighted_and_escaped()
            throws Exception {
        long id = rejectedWith(new ReplyOutcome(ReplyOutcome.State.SKIPPED,
                "singlepoint.mail.reply.skipped.rate-limit", List.of("tom@northwind.example")),
                new ReplyOutcome(ReplyOutcome.State.FAILED, "singlepoint.mail.reply.failed",
                        List.of("550 <agents@example.com> unknown")));

        servlet(Locale.GERMAN).doGet(request, response);

        assertThat(page.toString())
                .contains("<th>Antwort und Weiterleitung</th>")
                .contains("Antwort: <span class=\"aui-lozenge aui-lozenge-moved\">ausgelassen</span>"
                        + " tom@northwind.example hat in der letzten Stunde schon eine Antwort erhalten")
                .contains("Weiterleitung: <span class=\"aui-lozenge aui-lozenge-error\">fehlgeschlagen</span>"
                        + " Senden fehlgeschlagen: 550 &lt;agents@example.com&gt; unknown")
                .contains("<input type=\"hidden\" name=\"token\" value=\"t0k3n\"><input type=\"hidden\""
                        + " name=\"forward\" value=\"" + id + "\"><button type=\"submit\""
                        + " class=\"aui-button aui-button-link\">Erneut weiterleiten</button>")
                .doesNotContain("<agents@example.com>");
        assertThat(page.toString().split("name=\"forward\"", -1)).as("one button: the failed forward").hasSize(2);
    }

    @Test
    void a_sent_forward_shows_as_sent_and_offers_no_forward_again() throws Exception {
        rejectedWith(ReplyOutcome.SENT, ReplyOutcome.SENT);

        servlet(Locale.ENGLISH).doGet(request, response);

        assertThat(page.toString())
                .contains("Answer: <span class=\"aui-lozenge aui-lozenge-success\">sent</span></div>")
                .contains("Forward: <span class=\"aui-lozenge aui-lozenge-success\">sent</span></div>")
                .doesNotContain("name=\"forward\"");
    }

    @Test
    void a_forward_again_posted_with_the_token_forwards_with_the_handler_s_configuration() throws Exception {
        long id = rejectedWith(null, new ReplyOutcome(ReplyOutcome.State.SKIPPED,
                "singlepoint.mail.reply.skipped.no-smtp", List.of()));
        configs.set(MailHandlerConfig.DEFAULT);
        when(request.getParameter("token")).thenReturn("t0k3n");
        when(request.getParameter("forward")).thenReturn(String.valueOf(id));
        when(processor.forwardAgain(id, MailHandlerConfig.DEFAULT))
                .thenReturn(new MailProcessor.ForwardAgain.Done(ReplyOutcome.SENT));

        servlet(Locale.ENGLISH).doPost(request, response);

        verify(response).sendRedirect("/jira/plugins/servlet/singlepoint/mail-log?message="
                + "singlepoint.mail.log.forward.sent");
    }

    @Test
    void a_forward_again_after_a_sent_forward_or_without_the_token_is_refused() throws Exception {
        long id = rejectedWith(null, ReplyOutcome.SENT);
        configs.set(MailHandlerConfig.DEFAULT);
        when(request.getParameter("forward")).thenReturn(String.valueOf(id));
        when(request.getParameter("token")).thenReturn("t0k3n");

        servlet(Locale.ENGLISH).doPost(request, response);

        verify(response).sendRedirect("/jira/plugins/servlet/singlepoint/mail-log?message="
                + "singlepoint.mail.log.forward.already");
        when(request.getParameter("token")).thenReturn("forged");
        servlet(Locale.ENGLISH).doPost(request, response);
        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        verifyNoInteractions(processor);

        when(request.getParameter("message")).thenReturn("singlepoint.mail.log.forward.already");
        when(request.getParameter("forward")).thenReturn(null);
        servlet(Locale.GERMAN).doGet(request, response);
        assertThat(page.toString()).contains("Diese Mail wurde bereits weitergeleitet");
    }

    /** A rejected mail, kept whole, with these outcomes of its answer and forward. */
    private long rejectedWith(ReplyOutcome answer, ReplyOutcome forward) {
        byte[] raw = TestMails.raw(TestMails.NOT_PERMITTED.replace("tom.1@", "tom.9@"));
        return log.add(new MailLogStore.NewEntry("tom.9@northwind.example", "tom@northwind.example",
                "RE: [SD-12] VPN drops", "reject", "singlepoint.mail.reason.sender-not-permitted",
                List.of("tom@northwind.example", "SD-12"), null, AT.plusSeconds(120), raw, raw.length, List.of(),
                answer, forward));
    }

    private MailLogServlet servlet(Locale locale) {
        return new MailLogServlet(gate, log, new VelocityTemplateRenderer(), new BundleI18nResolver(locale), processor,
                configs, bounced);
    }

    /** A servlet output stream into bytes. */
    private static final class Captured extends ServletOutputStream {
        private final ByteArrayOutputStream bytes;

        Captured(ByteArrayOutputStream bytes) {
            this.bytes = bytes;
        }

        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // synchronous
        }
    }
}
