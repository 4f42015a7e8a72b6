package io.singlepoint.cli.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.singlepoint.cli.SinglePointCommand;

import picocli.CommandLine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code singlepoint mail analyze}, run in-process as the launcher runs it, with stdout and stderr captured. */
class AnalyzeCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A Thunderbird reply to SD-7 from a customer, with the quoted notification below the new text. */
    private static final String REPLY = """
            From: Jana Novak <jana.novak@customer.example>
            To: Help <help@example.com>
            Subject: Re: [SD-7] Laptop does not boot
            Message-ID: <4c2f9a1e-7b1d-4e8a-9f00-1a2b3c4d5e6f@customer.example>
            In-Reply-To: <sp.10007.info-requested.Pq3Xy9@help.example.com>
            Date: Tue, 3 Nov 2026 10:12:44 +0100
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8; format=flowed
            Content-Transfer-Encoding: 8bit
            User-Agent: Mozilla Thunderbird

            It shows a blinking cursor, then nothing.

            On 03.11.26 09:50, Help wrote:
            > Does the screen show anything at all?
            """.replace("\n", "\r\n");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void analyses_the_bundled_sample_with_no_argument() {
        int exit = run("mail", "analyze");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("== sample/mail/outlook-desktop-de-reply.eml\n")
                .contains("Decision:   comment on SD-14 (by subject-key SD-14)\n")
                .contains("  | das Gerät hat die Inventarnummer INV-20931")
                .contains("Decision:   comment on CHG-45 (by subject-key CHG-45)\n")
                .contains("  | > 2. Which destination ports?\n  | TCP 443 and 8443.\n")
                .contains("Decision:   ignore: automatic.auto-submitted (auto-replied)\n")
                .contains("Decision:   mark bounced: t.harris@northwind.example\n")
                .doesNotContain("Ursprüngliche Nachricht");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void json_is_one_analysis_per_line_with_the_file_first_and_the_decision_last() throws IOException {
        Path mail = write("reply.eml", REPLY);

        int exit = run("mail", "analyze", "--format", "json", "--project", "SD", mail.toString(), mail.toString());

        assertThat(exit).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode analysis = lines.get(0);
        List<String> names = new ArrayList<>();
        analysis.fieldNames().forEachRemaining(names::add);
        assertThat(names.get(0)).isEqualTo("file");
        assertThat(names.get(names.size() - 1)).isEqualTo("decision");
        assertThat(names).contains("messageId", "from", "subject", "issueKeys", "thread", "automatic", "replyText",
                "attachments");
        assertThat(analysis.get("file").asText()).isEqualTo(mail.toString());
        assertThat(analysis.get("messageId").asText()).isEqualTo("4c2f9a1e-7b1d-4e8a-9f00-1a2b3c4d5e6f@customer.example");
        assertThat(analysis.get("thread").get("inReplyTo").asText())
                .isEqualTo("sp.10007.info-requested.Pq3Xy9@help.example.com");
        assertThat(analysis.get("replyText").asText()).isEqualTo("It shows a blinking cursor, then nothing.");
        assertThat(analysis.get("decision").get("action").asText()).isEqualTo("comment");
        assertThat(analysis.get("decision").get("issueKey").asText()).isEqualTo("SD-7");
    }

    @Test
    void an_issue_key_of_a_project_not_given_does_not_thread_the_mail() throws IOException {
        Path mail = write("reply.eml", REPLY);

        run("mail", "analyze", "--format", "json", "--project", "CHG", mail.toString());

        JsonNode analysis = lines().get(0);
        assertThat(analysis.get("issueKeys")).isEmpty();
        assertThat(analysis.get("decision").get("action").asText()).isEqualTo("create-issue");
        assertThat(analysis.get("decision").get("summary").asText()).isEqualTo("[SD-7] Laptop does not boot");
    }

    @Test
    void mail_from_a_service_desk_address_is_ignored() throws IOException {
        Path mail = write("own.eml", REPLY.replace("From: Jana Novak <jana.novak@customer.example>",
                "From: Help <help+sd-7@example.com>"));

        run("mail", "analyze", "--service-desk-address", "help@example.com", mail.toString());

        assertThat(out.toString()).contains("Decision:   ignore: own-address (help+sd-7@example.com)\n");
    }

    @Test
    void a_bad_file_is_named_with_its_reason_the_others_are_still_analysed_and_the_exit_code_is_2()
            throws IOException {
        Path mail = write("reply.eml", REPLY);
        Path missing = dir.resolve("missing.eml");

        int exit = run("mail", "analyze", missing.toString(), dir.toString(), mail.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).contains("== " + mail + "\n").contains("Decision:   comment on SD-7");
        assertThat(err.toString()).isEqualTo("singlepoint: " + missing + ": cannot read: no such file or directory\n"
                + "singlepoint: " + dir + ": cannot read: is a directory, not a mail\n");
    }

    @Test
    void strict_refuses_a_mail_that_lenient_reading_repairs() throws IOException {
        Path mail = write("cut.eml", """
                From: a@customer.example
                Subject: cut off
                Message-ID: <cut@customer.example>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain

                The end boundary never comes.
                """.replace("\n", "\r\n"));

        assertThat(run("mail", "analyze", mail.toString())).isZero();
        assertThat(out.toString()).contains("Repaired:\n  missing-end-boundary");

        int exit = run("mail", "analyze", "--strict", mail.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("singlepoint: " + mail + ": not well-formed: missing-end-boundary");
    }

    @Test
    void a_project_key_that_is_no_key_is_bad_input() {
        int exit = run("mail", "analyze", "--project", "sd-1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("singlepoint: --project: \"sd-1\" is no Jira project key");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void help_lists_the_exit_codes_and_an_example() {
        int exit = run("mail", "analyze", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Exit codes:\n  0   every file analysed\n  1   internal error")
                .contains("  2   a file could not be read").contains("  singlepoint mail analyze\n");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine commandLine = SinglePointCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(MAPPER.readTree(line));
            }
        }
        return lines;
    }
}
