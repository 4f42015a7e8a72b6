package io.singlepoint.cli.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The mails bundled with the command line, which {@code singlepoint mail analyze} analyses when given no file: an
 * Outlook reply in German, a Gmail reply with inline answers, an Exchange out-of-office reply and a Postfix bounce,
 * all to the service desk of example.com (projects SD and CHG). They are copies of cases of core's mail corpus.
 */
final class MailSample {

    /** The files, in the order they are analysed. */
    static final List<String> FILES = List.of("outlook-desktop-de-reply.eml", "gmail-inline-answers.eml",
            "ooo-en-exchange.eml", "bounce-postfix-dsn.eml");
    /** The service desk's address in the sample mails. */
    static final String ADDRESS = "servicedesk@example.com";
    /** The projects the sample mails are about. */
    static final List<String> PROJECTS = List.of("SD", "CHG");

    private MailSample() {
    }

    /** How messages name a bundled mail. */
    static String name(String file) {
        return "sample/mail/" + file;
    }

    static InputStream open(String file) throws IOException {
        InputStream in = MailSample.class.getResourceAsStream("/io/singlepoint/cli/sample/mail/" + file);
        if (in == null) {
            throw new IOException("the bundled sample mail " + file + " is missing from the singlepoint jar");
        }
        return in;
    }
}
