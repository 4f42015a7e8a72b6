package io.singlepoint.core.notify;

import static io.singlepoint.core.fixtures.Times.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import io.singlepoint.core.fixtures.Issues;
import io.singlepoint.core.fixtures.JiraVelocity;
import io.singlepoint.core.fixtures.People;
import io.singlepoint.core.rasci.RasciRole;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;

/** Written mails, read back by Jakarta Mail as a mail client would. */
class MimeWriterTest {

    private static final Instant SENT = at("2026-06-29T10:15:07Z");
    private static final Session SESSION = Session.getInstance(new Properties());

    private final MailComposer composer = new MailComposer(MailComposerTest.IDS, JiraVelocity.jira());
    private final NotificationConfig approved = NotificationConfig.of(Stage.CHANGE_APPROVED, MailComposerTest.EVERYONE)
            .withWindow(Issues.WINDOW_START, Issues.WINDOW_END);

    @Test
    void headers_and_both_bodies_read_back_as_composed() throws Exception {
        OutboundMail mail = mailTo(People.BOB, Issues.change().summary("Kernswitch in Gebäude B tauschen – 😀").build());

        MimeMessage read = parse(MimeWriter.write(mail, SENT));

        assertThat(read.getFrom()).containsExactly(new InternetAddress("servicedesk@example.com", "IT Service Desk"));
        assertThat(addresses(read.getReplyTo())).containsExactly("servicedesk-replies@example.com");
        assertThat(addresses(read.getRecipients(Message.RecipientType.TO))).containsExactly("Bob.Brandt@example.com");
        assertThat(((InternetAddress) read.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Bob Brandt");
        assertThat(read.getSubject()).isEqualTo(mail.subject().text())
                .isEqualTo("[SD-12] Änderung genehmigt und eingeplant: Kernswitch in Gebäude B tauschen – 😀");
        assertThat(read.getSentDate()).isEqualTo(java.util.Date.from(SENT));
        assertThat(read.getMessageID()).isEqualTo(mail.messageId());
        assertThat(read.getHeader("In-Reply-To", null)).isEqualTo("<sp.10012@jira.example.com>");
        assertThat(read.getHeader("References", null)).isEqualTo("<sp.10012@jira.example.com>");
        assertThat(read.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(read.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("OOF, AutoReply");
        assertThat(read.getContentLanguage()).containsExactly("de");
        assertThat(read.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart body = (MimeMultipart) read.getContent();
        assertThat(body.getCount()).isEqualTo(2);
        assertThat(body.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(body.getBodyPart(0).getContent()).isEqualTo(crlf(mail.text()));
        assertThat(body.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(body.getBodyPart(1).getContent()).isEqualTo(crlf(mail.html()));
    }

    @Test
    void the_message_is_seven_bit_ascii_with_short_crlf_lines() {
        String eml = MimeWriter.write(mailTo(People.BOB, Issues.change().summary("Gebäude ".repeat(40)).build()), SENT);

        assertThat(eml).matches("[\\x20-\\x7e\\r\\n]*");
        assertThat(eml.replace("\r\n", "")).doesNotContain("\r", "\n");
        assertThat(eml.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        assertThat(eml).contains("\r\nDate: Mon, 29 Jun 2026 10:15:07 +0000\r\n".substring(2));
    }

    @Test
    void a_summary_built_to_inject_headers_adds_none() throws Exception {
        IssueFacts hostile = Issues.change()
                .summary("Switch\r\nBcc: all@example.com\r\nContent-Type: text/html\r\n\r\n<h1>phish</h1>").build();

        MimeMessage read = parse(MimeWriter.write(mailTo(People.ANN, hostile), SENT));

        assertThat(read.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(read.getHeader("Subject")).hasSize(1);
        assertThat(read.getHeader("Content-Type")).hasSize(1);
        assertThat(read.getSubject()).isEqualTo("[SD-12] Change approved and scheduled: Switch Bcc: all@example.com"
                + " Content-Type: text/html <h1>phish</h1>");
        assertThat(read.isMimeType("multipart/alternative")).isTrue();
    }

    @Test
    void the_same_mail_and_date_give_the_same_bytes() {
        OutboundMail mail = mailTo(People.ANN, Issues.change().build());

        assertThat(MimeWriter.write(mail, SENT)).isEqualTo(MimeWriter.write(mail, SENT));
    }

    @Test
    void lines_starting_with_a_dot_or_from_are_encoded() {
        assertThat(QuotedPrintable.encode(".\nFrom here\nFromage")).isEqualTo("=2E\r\n=46rom here\r\nFromage");
    }

    @Property(tries = 300)
    void any_text_survives_quoted_printable_in_lines_of_at_most_76(@ForAll String text) throws Exception {
        String encoded = QuotedPrintable.encode(text);

        assertThat(encoded.split("\r\n", -1)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
        assertThat(encoded).matches("[\\x20-\\x7e\\t\\r\\n]*");
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(encoded.getBytes(StandardCharsets.US_ASCII)),
                "quoted-printable")) {
            String expected = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(crlf(expected));
        }
    }

    private OutboundMail mailTo(Person person, IssueFacts facts) {
        Recipient recipient = new Recipient(person, EmailAddress.of(person.email()), EnumSet.of(RasciRole.INFORMED));
        Intent intent = ((Plan.Record) NotificationPlanner.plan(approved, facts, TransitionRef.changeGroup(10400), null,
                MailComposerTest.NOW)).intent();
        return composer.compose(intent, facts, recipient, MailComposerTest.DESK, TemplateLibrary.defaults(),
                MailComposerTest.NOW);
    }

    private static MimeMessage parse(String eml) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(eml.getBytes(StandardCharsets.US_ASCII)));
    }

    private static List<String> addresses(Address[] addresses) {
        return java.util.Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }
}
