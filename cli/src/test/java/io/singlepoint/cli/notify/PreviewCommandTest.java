package io.singlepoint.cli.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import io.singlepoint.cli.SinglePointCommand;

import picocli.CommandLine;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code singlepoint notify preview}, run in-process as the launcher runs it, with stdout and stderr captured. */
class PreviewCommandTest {

    /** A change as Jira 10's REST API returns it, trimmed, with a date-only window field and no "self". */
    static final String ISSUE = """
            {"id":"20417","key":"CHG-7","fields":{
              "summary":"Patch the mail gateway","status":{"name":"Approved"},"issuetype":{"name":"Change"},
              "project":{"key":"CHG"},
              "reporter":{"key":"JIRAUSER20001","name":"rita","displayName":"Rita Reporter",
                "emailAddress":"rita@example.com","active":true,"timeZone":"Europe/London"},
              "assignee":null,
              "customfield_10100":{"v":1,"A":[{"user":"JIRAUSER20001"}],"I":[{"email":"ops@example.com"}]},
              "customfield_10200":"2026-09-14"}}""";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Nested
    class The_bundled_sample {

        @Test
        void lists_recipients_with_language_zone_and_role_then_who_is_left_out_and_why() {
            int exit = run("notify", "preview", "--stage", "change-approved");

            assertThat(exit).isZero();
            assertThat(out.toString()).startsWith("""
                    Stage change-approved of SD-12 "Replace the core switch in building B" (status Scheduled), as of\
                     2026-07-01T06:00:00Z

                    Recipients (5), by the rules R, A, S, C, I, reporter, watchers:
                      Bob Brandt <bob.brandt@example.com>           de-DE  Europe/Berlin        Responsible, Supportive
                      Ann Archer <ann.archer@example.com>           en-GB  Europe/Berlin        Accountable
                      Frank Fuchs <frank.fuchs@example.com>         de-AT  Europe/Vienna        Supportive
                      Carla Cruz <carla.cruz@example.com>           en-US  America/New_York     Consulted, Informed
                      noc@supplier.example                          -      -                    Consulted
                    Left out (2):
                      Dave Dunn (JIRAUSER10400): inactive
                      Erin Eck (JIRAUSER10500): no address

                    Mail to Bob Brandt <bob.brandt@example.com>, in de:
                    """);
            assertThat(err.toString()).isEmpty();
        }

        @Test
        void shows_the_mail_as_jira_would_send_it_to_the_reader_named() {
            int exit = run("notify", "preview", "--stage", "change-approved", "--to", "ANN.archer@example.com");

            assertThat(exit).isZero();
            assertThat(out.toString()).contains("""
                    Mail to Ann Archer <ann.archer@example.com>, in en:

                    From: IT Service Desk <servicedesk@example.com>
                    Reply-To: servicedesk@example.com
                    To: Ann Archer <ann.archer@example.com>
                    Subject: [SD-12] Change approved and scheduled: Replace the core switch in building B
                    """).containsPattern("Message-ID: <sp\\.10012\\.change-approved\\.[0-9a-f]{16}@jira\\.example\\.com>")
                    .endsWith("""
                    In-Reply-To: <sp.10012@jira.example.com>
                    References: <sp.10012@jira.example.com>
                    Auto-Submitted: auto-generated
                    X-Auto-Response-Suppress: OOF, AutoReply

                    Hello Ann Archer,

                    Change SD-12 has been approved and scheduled:

                        Replace the core switch in building B

                    Change window: Thursday, 2 July 2026, 08:00 – 10:00 CEST

                    You are named on this change as Accountable.

                    Follow the change here: https://jira.example.com/browse/SD-12

                    Questions or anything to add? Reply to this mail and keep [SD-12] in the subject: it reaches the\
                     service desk.

                    Kind regards
                    IT Service Desk
                    """);
        }

        @Test
        void a_reminder_says_when_it_is_due_and_how_long_is_left() {
            int exit = run("notify", "preview", "--stage", "reminder", "--to", "carla.cruz@example.com");

            assertThat(exit).isZero();
            assertThat(out.toString())
                    .contains("Due 2026-07-01T06:00:00Z, 24 hours before the window starts at 2026-07-02T06:00:00Z")
                    .contains("Subject: [SD-12] Reminder: the change window begins in about 24 hours – Replace the"
                            + " core switch in building B")
                    .contains("Change window: Thursday, July 2, 2026, 2:00 AM – 4:00 AM EDT");
        }

        @Test
        void the_actor_is_left_out_when_named() {
            run("notify", "preview", "--stage", "change-completed", "--exclude-actor", "JIRAUSER10200");

            assertThat(out.toString()).contains("leaving out who made the transition:")
                    .contains("  Bob Brandt (JIRAUSER10200): made the transition")
                    .doesNotContain("  Bob Brandt <bob.brandt@example.com>");
        }

        @Test
        void a_locale_replaces_the_reader_s_language() {
            run("notify", "preview", "--stage", "change-completed", "--to", "JIRAUSER10100", "--locale", "de");

            assertThat(out.toString()).contains("Mail to Ann Archer <ann.archer@example.com>, in de:",
                    "Subject: [SD-12] Änderung abgeschlossen: ", "Guten Tag Ann Archer,");
        }

        @Test
        void writes_a_mail_that_a_mail_library_reads_back() throws Exception {
            int exit = run("notify", "preview", "--stage", "receipt-confirmed", "--format", "eml");

            assertThat(exit).isZero();
            MimeMessage mail = parse(out.toString());
            assertThat(mail.getFrom()).containsExactly(new InternetAddress("servicedesk@example.com", "IT Service Desk"));
            assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                    .isEqualTo("bob.brandt@example.com");
            assertThat(mail.getSubject())
                    .isEqualTo("[SD-12] Wir haben Ihre Anfrage erhalten: Replace the core switch in building B");
            assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
            MimeMultipart body = (MimeMultipart) mail.getContent();
            assertThat((String) body.getBodyPart(0).getContent()).startsWith("Guten Tag Bob Brandt,\r\n");
            assertThat((String) body.getBodyPart(1).getContent()).startsWith("<!DOCTYPE html>\r\n<html lang=\"de\">");
        }

        @Test
        void html_is_the_body_alone() {
            run("notify", "preview", "--stage", "lessons-learnt", "--format", "html", "--to", "carla.cruz@example.com");

            assertThat(out.toString()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n")
                    .contains("<title>[SD-12] Replace the core switch in building B</title>");
        }
    }

    @Nested
    class An_issue_file {

        @Test
        void is_read_with_its_users_rasci_and_a_date_only_window_in_the_service_desk_s_zone() throws IOException {
            int exit = run("notify", "preview", "--stage", "reminder", "--zone", "Europe/London", "--now",
                    "2026-09-12T09:00:00Z", "--base-url", "https://jira.example.org/", write(ISSUE));

            assertThat(exit).isZero();
            assertThat(out.toString())
                    .contains("Due 2026-09-12T23:00:00Z, 24 hours before the window starts at 2026-09-13T23:00:00Z")
                    .contains("  Rita Reporter <rita@example.com>              -      Europe/London        Accountable")
                    .contains("  ops@example.com                               -      -                    Informed")
                    .contains("Change window: Monday, September 14, 2026, 12:00 AM BST")
                    .contains("begins in about 38 hours")
                    .contains("Follow the change here: https://jira.example.org/browse/CHG-7");
        }

        @Test
        void a_summary_built_to_inject_headers_adds_none_to_the_mail() throws Exception {
            String hostile = ISSUE.replace("Patch the mail gateway",
                    "Patch\\r\\nBcc: all@example.com\\r\\nX-Injected: yes");

            int exit = run("notify", "preview", "--stage", "custom", "--format", "eml", write(hostile));

            assertThat(exit).isZero();
            MimeMessage mail = parse(out.toString());
            assertThat(mail.getRecipients(Message.RecipientType.BCC)).isNull();
            assertThat(mail.getHeader("X-Injected")).isNull();
            assertThat(mail.getSubject()).isEqualTo("[CHG-7] Update on change: Patch Bcc: all@example.com X-Injected:"
                    + " yes");
        }

        @Test
        void templates_from_a_directory_replace_the_defaults() throws IOException {
            Path templates = Files.createDirectory(dir.resolve("templates"));
            Files.writeString(templates.resolve("custom.en.txt.vm"), "Status of $view.issueKey(): $view.status().\n");
            Files.writeString(templates.resolve("notes.txt"), "ignored");

            int exit = run("notify", "preview", "--stage", "custom", "--templates", templates.toString(),
                    write(ISSUE));

            assertThat(exit).isZero();
            assertThat(out.toString()).endsWith("\n\nStatus of CHG-7: Approved.\n");
        }

        @Test
        void with_nobody_to_send_to_says_so_and_shows_no_mail() throws IOException {
            int exit = run("notify", "preview", "--stage", "custom", "--recipients", "watchers", write(ISSUE));

            assertThat(exit).isZero();
            assertThat(out.toString()).contains("Recipients (0)")
                    .endsWith("Nobody would get this mail. Name a reader with --to ADDRESS to see it anyway.\n");
            assertThat(run("notify", "preview", "--stage", "custom", "--recipients", "watchers", "--format", "eml",
                    write(ISSUE))).isEqualTo(2);
            assertThat(err.toString()).contains("nobody would get this mail");
        }
    }

    @Nested
    class Bad_input_exits_2 {

        @Test
        void an_unknown_stage_lists_the_stages() {
            assertThat(run("notify", "preview", "--stage", "approved")).isEqualTo(2);
            assertThat(err.toString()).contains("'approved' is not a stage: write receipt-confirmed, change-approved,"
                    + " reminder, change-completed, lessons-learnt, custom");
        }

        @Test
        void a_locale_without_templates_lists_the_languages() {
            assertThat(run("notify", "preview", "--stage", "custom", "--locale", "fr")).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("singlepoint: --locale: \"fr\" is not a language with templates:"
                    + " write en, de (or add templates with --templates)\n");
        }

        @Test
        void every_bad_recipient_rule_is_named() {
            assertThat(run("notify", "preview", "--stage", "custom", "--recipients", "A,everyone,email:x@")).isEqualTo(2);
            assertThat(err.toString()).contains("--recipients: \"everyone\" is not a recipient: R, A, S, C, I,"
                    + " reporter, assignee, watchers, group:NAME, project-role:NAME or email:ADDRESS")
                    .contains("--recipients: \"x@\" is not one e-mail address");
        }

        @Test
        void a_service_desk_name_posing_as_an_address_is_refused() {
            assertThat(run("notify", "preview", "--stage", "custom", "--service-desk",
                    "ceo@example.com <help@example.com>")).isEqualTo(2);
            assertThat(err.toString()).startsWith("singlepoint: --service-desk: ");
        }

        @Test
        void json_that_is_not_an_issue_says_where() throws IOException {
            assertThat(run("notify", "preview", "--stage", "custom", write("{\"key\": \"SD-1\",\n \"id\": }")))
                    .isEqualTo(2);
            assertThat(err.toString()).containsPattern("issue\\.json:2:\\d+: not valid JSON");
            assertThat(run("notify", "preview", "--stage", "custom", write("{\"key\":\"SD-1\",\"fields\":{}}")))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("with \"id\", \"key\" and \"fields\"; this has no id");
        }

        @Test
        void a_bad_rasci_value_or_date_names_its_field() throws IOException {
            assertThat(run("notify", "preview", "--stage", "custom",
                    write(ISSUE.replace("{\"v\":1,", "{\"v\":7,")))).isEqualTo(2);
            assertThat(err.toString()).contains("issue CHG-7: fields.customfield_10100 (the RASCI field; see"
                    + " --rasci-field): a RASCI value of version 7");
            assertThat(run("notify", "preview", "--stage", "custom",
                    write(ISSUE.replace("2026-09-14", "next monday")))).isEqualTo(2);
            assertThat(err.toString()).contains("fields.customfield_10200 \"next monday\" is not a date");
        }

        @Test
        void a_template_that_does_not_parse_is_named() throws IOException {
            Path templates = Files.createDirectory(dir.resolve("broken"));
            Files.writeString(templates.resolve("custom.en.html.vm"), "<p>#if($view.hasLink()</p>");

            assertThat(run("notify", "preview", "--stage", "custom", "--templates", templates.toString(),
                    write(ISSUE))).isEqualTo(2);
            assertThat(err.toString()).startsWith("singlepoint: template custom.en.html.vm: ");
        }
    }

    private String write(String json) throws IOException {
        return Files.writeString(dir.resolve("issue.json"), json).toString();
    }

    private static MimeMessage parse(String eml) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.US_ASCII)));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = SinglePointCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }
}
