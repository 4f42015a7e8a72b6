package io.singlepoint.cli.mail;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.singlepoint.core.Violation;
import io.singlepoint.core.mail.Attachment;
import io.singlepoint.core.mail.Bounce;
import io.singlepoint.core.mail.MailAnalysis;
import io.singlepoint.core.mail.MailDecision;
import io.singlepoint.core.mail.MailDefect;
import io.singlepoint.core.mail.Mailbox;

/** {@code --format text}: one mail's analysis and decision, for people, ending with a blank line. */
final class MailSummary {

    private MailSummary() {
    }

    static String of(String file, MailAnalysis a, MailDecision decision) {
        StringBuilder s = new StringBuilder(1024);
        s.append("== ").append(file).append('\n');
        line(s, "Message-ID", "<" + a.messageId() + ">" + (a.messageIdGenerated() ? " (none in the mail; made from"
                + " its content)" : ""));
        line(s, "From", a.from() == null ? "(no address)" : a.from().toString());
        if (!a.to().isEmpty()) {
            line(s, "To", boxes(a.to()));
        }
        if (!a.cc().isEmpty()) {
            line(s, "Cc", boxes(a.cc()));
        }
        line(s, "Date", a.date() == null ? "(none)" : a.date().toString());
        line(s, "Subject", a.subject());
        if (a.thread().inReplyTo() != null || !a.thread().references().isEmpty()) {
            line(s, "Thread", (a.thread().inReplyTo() == null ? "" : "in reply to <" + a.thread().inReplyTo() + ">"
                    + (a.thread().references().isEmpty() ? "" : ", ")) + (a.thread().references().isEmpty() ? ""
                    : a.thread().references().size() + " reference" + (a.thread().references().size() == 1 ? ""
                    : "s")));
        }
        line(s, "Issue keys", a.issueKeys().isEmpty() ? "(none in the subject)" : String.join(", ", a.issueKeys()));
        line(s, "Automatic", a.automatic().isAutomatic() ? "yes, " + a.automatic().reason()
                + (a.automatic().detail().isEmpty() ? "" : ": " + a.automatic().detail()) : "no");
        if (a.bounce() != null) {
            line(s, "Bounce", a.bounce().recipients().isEmpty() ? "no recipient named"
                    : a.bounce().recipients().stream().map(MailSummary::recipient).collect(Collectors.joining("; ")));
        }
        line(s, "Decision", decision(decision));
        s.append("Reply text (from ").append(a.replySource()).append(a.forwarded() ? ", forwarded" : "")
                .append("):\n");
        if (a.replyText().isEmpty()) {
            s.append("  (none)\n");
        } else {
            for (String textLine : a.replyText().split("\n", -1)) {
                s.append("  | ").append(textLine).append('\n');
            }
        }
        if (!a.attachments().isEmpty()) {
            s.append("Attachments:\n");
            for (Attachment attachment : a.attachments()) {
                s.append(String.format(Locale.ROOT, "  %s %s (%s, %,d bytes): %s%n", attachment.keep() ? "keep" : "drop",
                        attachment.name(), attachment.contentType(), attachment.size(), attachment.reason()));
            }
        }
        if (!a.defects().isEmpty()) {
            s.append("Repaired:\n");
            for (MailDefect defect : a.defects()) {
                s.append("  ").append(defect).append('\n');
            }
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String value) {
        s.append(String.format(Locale.ROOT, "%-11s %s%n", label + ":", value));
    }

    private static String boxes(List<Mailbox> boxes) {
        return boxes.stream().map(Mailbox::toString).collect(Collectors.joining(", "));
    }

    private static String recipient(Bounce.Recipient r) {
        return r.address() + " " + r.action() + (r.status().isEmpty() ? "" : " " + r.status())
                + (r.failing() ? " (failing: stop mailing it)" : "");
    }

    private static String decision(MailDecision decision) {
        if (decision instanceof MailDecision.Comment c) {
            return "comment on " + c.issueKey() + " (by " + c.thread().by() + " " + c.thread().via() + ")";
        }
        if (decision instanceof MailDecision.CreateIssue c) {
            return "create an issue \"" + c.summary() + "\"";
        }
        if (decision instanceof MailDecision.MarkBounced b) {
            return "mark bounced: " + String.join(", ", b.addresses());
        }
        if (decision instanceof MailDecision.Duplicate d) {
            return "duplicate of <" + d.messageId() + ">";
        }
        if (decision instanceof MailDecision.Ignore i) {
            return "ignore: " + reason(i.reason());
        }
        if (decision instanceof MailDecision.Hold h) {
            return "hold for review: " + reason(h.reason());
        }
        if (decision instanceof MailDecision.Reject r) {
            return "reject: " + reason(r.reason());
        }
        if (decision instanceof MailDecision.ForwardToAgents f) {
            return "forward to agents: " + reason(f.reason());
        }
        return decision.action();
    }

    /** The reason's key without the common prefix, and its arguments. */
    private static String reason(Violation reason) {
        String key = reason.i18nKey().replaceFirst("^singlepoint\\.mail\\.reason\\.", "");
        List<String> args = reason.arguments().stream().map(String::valueOf).filter(x -> !x.isEmpty()).toList();
        return args.isEmpty() ? key : key + " (" + String.join(", ", args) + ")";
    }
}
