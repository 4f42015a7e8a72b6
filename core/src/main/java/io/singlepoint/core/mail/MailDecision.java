package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

import java.util.List;

import io.singlepoint.core.Violation;

/**
 * What the handler does with one message ({@link MailTriage#decide}). Each decision is logged; the reasons are i18n
 * keys {@code singlepoint.mail.reason.*} with arguments, for the processing log.
 */
public sealed interface MailDecision {

    /** The decision's name in logs and the command line: {@code comment}, {@code create-issue}, ... */
    String action();

    /** Add a comment by the sender with the reply text and the kept files. */
    record Comment(String issueKey, Threading.Match thread, String text, List<Attachment> attachments)
            implements MailDecision {
        public Comment {
            requireNonNull(issueKey, "issueKey");
            requireNonNull(thread, "thread");
            requireNonNull(text, "text");
            attachments = List.copyOf(attachments);
        }

        @Override
        public String action() {
            return "comment";
        }
    }

    /** Open a new issue with the mail, and confirm its receipt to the sender. */
    record CreateIssue(String summary, String text, List<Attachment> attachments) implements MailDecision {
        public CreateIssue {
            requireNonNull(summary, "summary");
            requireNonNull(text, "text");
            attachments = List.copyOf(attachments);
        }

        @Override
        public String action() {
            return "create-issue";
        }
    }

    /** Do nothing, answer nothing: an automatic mail, the app's own, an empty reply. */
    record Ignore(Violation reason) implements MailDecision {
        public Ignore {
            requireNonNull(reason, "reason");
        }

        @Override
        public String action() {
            return "ignore";
        }
    }

    /** A bounce: stop sending notifications to these addresses. */
    record MarkBounced(List<String> addresses, String originalMessageId) implements MailDecision {
        public MarkBounced {
            addresses = List.copyOf(addresses);
            if (addresses.isEmpty()) {
                throw new IllegalArgumentException("a bounce to mark names at least one address");
            }
        }

        @Override
        public String action() {
            return "mark-bounced";
        }
    }

    /** Keep the message for an agent to review; do nothing else. */
    record Hold(Violation reason) implements MailDecision {
        public Hold {
            requireNonNull(reason, "reason");
        }

        @Override
        public String action() {
            return "hold";
        }
    }

    /** This Message-ID was processed before: nothing again. */
    record Duplicate(String messageId) implements MailDecision {
        public Duplicate {
            requireNonNull(messageId, "messageId");
        }

        @Override
        public String action() {
            return "duplicate";
        }
    }

    /** The sender may not do this: answer with a polite mail that nothing was done. */
    record Reject(Violation reason) implements MailDecision {
        public Reject {
            requireNonNull(reason, "reason");
        }

        @Override
        public String action() {
            return "reject";
        }
    }

    /** The sender may not do this: pass the mail on to the agents. */
    record ForwardToAgents(Violation reason) implements MailDecision {
        public ForwardToAgents {
            requireNonNull(reason, "reason");
        }

        @Override
        public String action() {
            return "forward-to-agents";
        }
    }
}
