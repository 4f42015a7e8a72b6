package io.singlepoint.jira.mail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Mails to the service desk of {@link MailWorld}, as raw text with CRLF line ends and as Jakarta Mail messages. */
final class TestMails {

    /** {@code vpn-client.log}, attached to {@link #REPLY_WITH_LOG}, decoded. */
    static final String LOG_TEXT = "09:58:01 DPD timeout, peer 198.51.100.7 not responding\n";

    /** Lena answers the notification of SD-12 from Thunderbird, quoting it, with her VPN client's log. */
    static final String REPLY_WITH_LOG = """
            Return-Path: <lena.fischer@customer.example>
            From: Lena Fischer <lena.fischer@customer.example>
            To: Service Desk <servicedesk@example.com>
            Subject: Re: [SD-12] VPN drops every few minutes
            Date: Tue, 3 Nov 2026 10:12:44 +0100
            Message-ID: <7f3a2c10-5b1e-4c2d-9e8f-1a2b3c4d5e6f@customer.example>
            In-Reply-To: <sp.10012.info-requested.0123456789abcdef@jira.example.com>
            References: <sp.10012@jira.example.com>
             <sp.10012.info-requested.0123456789abcdef@jira.example.com>
            User-Agent: Mozilla Thunderbird
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="------------b0undary"

            This is a multi-part message in MIME format.
            --------------b0undary
            Content-Type: text/plain; charset=UTF-8; format=flowed
            Content-Transfer-Encoding: 8bit

            Hello,

            it happens on the docking station only. The log of this morning is attached.

            Lena

            On 02.11.26 16:40, Service Desk wrote:
            > Could you tell us when the connection drops?
            --------------b0undary
            Content-Type: text/plain; charset=UTF-8; name="vpn-client.log"
            Content-Disposition: attachment; filename="vpn-client.log"
            Content-Transfer-Encoding: base64

            MDk6NTg6MDEgRFBEIHRpbWVvdXQsIHBlZXIgMTk4LjUxLjEwMC43IG5vdCByZXNwb25kaW5nCg==
            --------------b0undary--
            """;

    /** Lena's out-of-office reply to the same notification. */
    static final String OUT_OF_OFFICE = """
            From: Lena Fischer <lena.fischer@customer.example>
            To: Service Desk <servicedesk@example.com>
            Subject: Automatic reply: [SD-12] VPN drops every few minutes
            Date: Tue, 3 Nov 2026 10:13:02 +0100
            Message-ID: <AM0PR04MB6771OOF01@AM0PR04MB6771.eurprd04.prod.outlook.com>
            In-Reply-To: <sp.10012.info-requested.0123456789abcdef@jira.example.com>
            Auto-Submitted: auto-replied
            X-Auto-Response-Suppress: All
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            I am out of the office until 9 November.
            """;

    /** Lena writes about CHG-45 with a new mail: only the subject names the issue. */
    static final String SUBJECT_KEY = """
            From: Lena Fischer <lena.fischer@customer.example>
            To: servicedesk@example.com
            Subject: [CHG-45] Firewall rule: one more port
            Date: Tue, 3 Nov 2026 10:30:00 +0100
            Message-ID: <CAM7vR2xL9qT4nB1zK8wP3cY6jD0sH5gF2uE@mail.gmail.com>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8

            Please also open TCP 8443.

            --
            Lena Fischer, Customer Ltd.
            """;

    /** Tom, a Jira user without the permission, answers SD-12. */
    static final String NOT_PERMITTED = """
            From: Tom Harris <tom@northwind.example>
            To: servicedesk@example.com
            Subject: RE: [SD-12] VPN drops every few minutes
            Date: Tue, 3 Nov 2026 10:40:00 +0100
            Message-ID: <tom.1@northwind.example>
            In-Reply-To: <sp.10012.info-requested.0123456789abcdef@jira.example.com>
            Content-Type: text/plain; charset=UTF-8

            Same here.
            """;

    /** A copy of a notification that came back to the service desk's own mailbox. */
    static final String OWN_ADDRESS = """
            From: Service Desk <help+sd-12@example.com>
            To: servicedesk@example.com
            Subject: [SD-12] VPN drops every few minutes
            Date: Tue, 3 Nov 2026 10:50:00 +0100
            Message-ID: <copy.1@example.com>
            Content-Type: text/plain; charset=UTF-8

            Your request has been updated.
            """;

    /** Lena writes a new request from Outlook, a forward with a screenshot: no issue key, no thread. */
    static final String NEW_REQUEST = """
            From: Lena Fischer <lena.fischer@customer.example>
            To: Service Desk <servicedesk@example.com>
            Subject: AW: Fwd: Printer on floor 3 prints blank pages
            Date: Tue, 3 Nov 2026 10:55:00 +0100
            Message-ID: <AM0PR04MB6771NEW01@AM0PR04MB6771.eurprd04.prod.outlook.com>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="=_new"

            --=_new
            Content-Type: text/plain; charset=UTF-8

            Hello,

            the printer next to room 3.12 prints only blank pages since this morning.

            Lena
            --=_new
            Content-Type: text/plain; charset=UTF-8; name="printer-status.txt"
            Content-Disposition: attachment; filename="printer-status.txt"
            Content-Transfer-Encoding: base64

            MDk6NTg6MDEgRFBEIHRpbWVvdXQsIHBlZXIgMTk4LjUxLjEwMC43IG5vdCByZXNwb25kaW5nCg==
            --=_new--
            """;

    /** Lena answers the mail that opened SD-13 (her own new request), from the same Outlook thread. */
    static final String REPLY_TO_NEW_REQUEST = """
            From: Lena Fischer <lena.fischer@customer.example>
            To: Service Desk <servicedesk@example.com>
            Subject: AW: Printer on floor 3 prints blank pages
            Date: Tue, 3 Nov 2026 11:20:00 +0100
            Message-ID: <AM0PR04MB6771NEW02@AM0PR04MB6771.eurprd04.prod.outlook.com>
            In-Reply-To: <AM0PR04MB6771NEW01@AM0PR04MB6771.eurprd04.prod.outlook.com>
            References: <AM0PR04MB6771NEW01@AM0PR04MB6771.eurprd04.prod.outlook.com>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8

            It is the HP LaserJet, asset 4711.
            """;

    /** Someone who is no Jira user writes a new request. */
    static final String NEW_REQUEST_UNKNOWN = """
            From: Max Unknown <max@elsewhere.example>
            To: servicedesk@example.com
            Subject: Please call me back
            Date: Tue, 3 Nov 2026 11:00:00 +0100
            Message-ID: <max.1@elsewhere.example>
            Content-Type: text/plain; charset=UTF-8

            Please call me back.
            """;

    private TestMails() {
    }

    static byte[] raw(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static MimeMessage message(String text) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw(text)));
    }
}
