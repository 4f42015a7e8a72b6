package io.singlepoint.jira.mail;

/**
 * A {@link ReplyOutcome} as the processing log page writes it (Jira escapes every value).
 *
 * @param state  {@code sent}, {@code skipped} or {@code failed}
 * @param label  the state in the administrator's language
 * @param detail why it was skipped or how it failed, in the administrator's language, or {@code ""}
 */
public record MailLogReply(String state, String label, String detail) {

    /** Whether it needs a look: not sent. */
    public boolean attention() {
        return !state.equals(ReplyOutcome.State.SENT.key());
    }

    /** Whether sending failed (the page shows it as an error). */
    public boolean failed() {
        return state.equals(ReplyOutcome.State.FAILED.key());
    }
}
