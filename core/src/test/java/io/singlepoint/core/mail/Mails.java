package io.singlepoint.core.mail;

import java.nio.charset.StandardCharsets;

/** Raw test messages in a line or two: headers, a blank line, a body; line breaks become CRLF. */
final class Mails {

    private Mails() {
    }

    static byte[] raw(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static MailAnalysis analyse(String text) {
        return new MailAnalyzer(MailCorpus.SETTINGS).analyze(raw(text));
    }

    static MailAnalysis analyse(byte[] raw) {
        return new MailAnalyzer(MailCorpus.SETTINGS).analyze(raw);
    }
}
