package io.singlepoint.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Typical service-desk replies of about 20 KB, as Outlook writes them: {@code multipart/related} around
 * {@code multipart/alternative} with a text part and a quoted-printable HTML part, both with the answer on top, a
 * signature and the quoted history (the From/Sent/To/Subject block, then two earlier rounds), and a 3 KB signature
 * logo referenced by {@code cid:}. Deterministic for a seed; each message differs in names, numbers and length.
 */
final class MailWorkload {

    static final long SEED = 20261103L;

    private static final String[] NAMES = {"Anna Becker", "Tom Harris", "Claire Dubois", "Jan de Vries",
        "Lucía Martín", "Marco Rossi", "João Silva", "Stefan Krause"};
    private static final String[] WORDS = ("the printer on the third floor pulls paper in at an angle since"
            + " Monday and the VPN client drops the connection every few minutes when the laptop is on the docking"
            + " station we tried another cable and restarted the device twice without any change please advise"
            + " whether a technician can come by this week").split(" ");

    private MailWorkload() {
    }

    /** {@code count} messages of about {@code targetBytes} each. */
    static byte[][] messages(int count, int targetBytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] logo = new byte[3 * 1024];
        random.nextBytes(logo);
        String logoBase64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(logo);
        byte[][] messages = new byte[count][];
        for (int i = 0; i < count; i++) {
            messages[i] = message(i, targetBytes, random.split(), logoBase64).getBytes(StandardCharsets.UTF_8);
        }
        return messages;
    }

    private static String message(int n, int targetBytes, SplittableRandom random, String logoBase64) {
        String name = NAMES[n % NAMES.length];
        String address = name.toLowerCase(Locale.ROOT).replace(' ', '.').replace("í", "i").replace("ã", "a")
                .replace("ç", "c") + "@customer.example";
        int issue = 10 + n % 500;
        String id = "AM0PR04MB" + (6771 + n) + String.format(Locale.ROOT, "%016X", random.nextLong());
        // text and HTML (~2.3× the text in bytes) share the budget left after the headers and the logo
        int textBytes = Math.max(1500, (targetBytes - 6500) * 3 / 10);
        String answer = sentences(random, 3 + random.nextInt(4));
        String history = history(random, name, issue, textBytes - answer.length());
        String text = "Hello,\r\n\r\n" + answer + "\r\n\r\nBest regards\r\n" + name + "\r\nCustomer Ltd. | IT\r\n"
                + "\r\n" + history;
        String html = html(answer, name, history);
        String boundaryRelated = "_004_" + id + "_";
        String boundaryAlternative = "_000_" + id + "_";
        return "Received: from EXCH02.customer.local (10.1.2.3) by mx1.example.com with ESMTPS; Tue, 3 Nov 2026"
                + " 10:15:02 +0100\r\n"
                + "From: \"" + name + "\" <" + address + ">\r\n"
                + "To: Service Desk <servicedesk@example.com>\r\n"
                + "Subject: RE: [SD-" + issue + "] VPN drops every few minutes\r\n"
                + "Thread-Topic: [SD-" + issue + "] VPN drops every few minutes\r\n"
                + "Date: Tue, 3 Nov 2026 10:15:02 +0100\r\n"
                + "Message-ID: <" + id + "@" + id.substring(0, 13) + ".eurprd04.prod.outlook.com>\r\n"
                + "References: <sp.1" + issue + "@servicedesk.example.com>\r\n <sp.1" + issue
                + ".info-requested.Hq81Zt@servicedesk.example.com>\r\n"
                + "In-Reply-To: <sp.1" + issue + ".info-requested.Hq81Zt@servicedesk.example.com>\r\n"
                + "Accept-Language: en-GB, de-DE\r\nContent-Language: en-GB\r\nX-MS-Has-Attach: yes\r\n"
                + "X-MS-TNEF-Correlator:\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\tboundary=\"" + boundaryRelated + "\";\r\n"
                + "\ttype=\"multipart/alternative\"\r\n\r\n"
                + "--" + boundaryRelated + "\r\n"
                + "Content-Type: multipart/alternative;\r\n\tboundary=\"" + boundaryAlternative + "\"\r\n\r\n"
                + "--" + boundaryAlternative + "\r\n"
                + "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + quotedPrintable(text) + "\r\n"
                + "--" + boundaryAlternative + "\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + quotedPrintable(html) + "\r\n"
                + "--" + boundaryAlternative + "--\r\n\r\n"
                + "--" + boundaryRelated + "\r\n"
                + "Content-Type: image/png; name=\"image001.png\"\r\n"
                + "Content-Description: image001.png\r\n"
                + "Content-Disposition: inline; filename=\"image001.png\"; size=3072\r\n"
                + "Content-ID: <image001.png@01DB2D0F.6A1B2C30>\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + logoBase64 + "\r\n\r\n"
                + "--" + boundaryRelated + "--\r\n";
    }

    private static String history(SplittableRandom random, String name, int issue, int bytes) {
        StringBuilder quoted = new StringBuilder();
        quoted.append("From: Service Desk <servicedesk@example.com>\r\nSent: Monday, 2 November 2026 16:40\r\n")
                .append("To: ").append(name).append("\r\nSubject: [SD-").append(issue)
                .append("] VPN drops every few minutes\r\n\r\n");
        while (quoted.length() < bytes) {
            quoted.append(sentences(random, 4)).append("\r\n\r\n");
        }
        return quoted.toString();
    }

    private static String html(String answer, String name, String history) {
        StringBuilder html = new StringBuilder(history.length() * 3);
        html.append("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">")
                .append("<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">")
                .append("<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;")
                .append(" font-family:\"Calibri\",sans-serif;} --></style></head>")
                .append("<body lang=\"EN-GB\" link=\"#0563C1\" vlink=\"#954F72\"><div class=\"WordSection1\">")
                .append("<p class=\"MsoNormal\">Hello,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
                .append("<p class=\"MsoNormal\">").append(answer).append("<o:p></o:p></p>")
                .append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Best regards<br>")
                .append(name).append("<br>Customer Ltd. | IT<o:p></o:p></p>")
                .append("<p class=\"MsoNormal\"><img width=\"120\" height=\"40\" src=\"cid:image001.png@01DB2D0F.6A1B2C30\"")
                .append(" alt=\"Customer Ltd.\"><o:p></o:p></p>")
                .append("<div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">");
        for (String line : history.split("\r\n")) {
            html.append("<p class=\"MsoNormal\"><span style=\"font-size:11.0pt\">").append(line)
                    .append("<o:p></o:p></span></p>");
        }
        return html.append("</div></div></div></body></html>").toString();
    }

    private static String sentences(SplittableRandom random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int words = 8 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            s.append(i % 3 == 2 ? ".\r\n" : ". ");
        }
        return s.toString().strip();
    }

    /** Quoted-printable as Outlook writes it: soft breaks at 76, {@code =} and non-ASCII escaped. */
    private static String quotedPrintable(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + bytes.length / 8);
        int column = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                out.append("\r\n");
                column = 0;
                i++;
                continue;
            }
            String piece = b >= 33 && b <= 126 && b != '=' || b == ' ' ? String.valueOf((char) b)
                    : String.format(Locale.ROOT, "=%02X", b);
            if (column + piece.length() > 75) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.toString();
    }
}
