package io.singlepoint.core.sla;

/**
 * An issue history export that cannot be read, and where: {@code export.json:12:5: issue SD-7: reason}.
 *
 * <p>The only exception {@link IssueHistoryReader} throws for bad input, whatever the bytes. Line and column are
 * 1-based and count what the JSON parser counts (characters of the decoded text; for UTF-8 input, bytes); they are
 * {@code 0} when the position is unknown, and the message then leaves them out.
 */
public final class IssueHistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String issueKey;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param source   what was read, as the user named it: a file name, {@code <stdin>}
     * @param issueKey the key of the issue being read, {@code null} when unknown or between issues
     * @param line     1-based line, {@code 0} if unknown
     * @param column   1-based column, {@code 0} if unknown
     * @param reason   what is wrong, with the offending value
     */
    public IssueHistoryException(String source, String issueKey, int line, int column, String reason) {
        super(message(source, issueKey, line, column, reason));
        this.source = source;
        this.issueKey = issueKey;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.reason = reason;
    }

    private static String message(String source, String issueKey, int line, int column, String reason) {
        StringBuilder message = new StringBuilder(source);
        if (line > 0) {
            message.append(':').append(line);
            if (column > 0) {
                message.append(':').append(column);
            }
        }
        message.append(": ");
        if (issueKey != null) {
            message.append("issue ").append(issueKey).append(": ");
        }
        return message.append(reason).toString();
    }

    public String source() {
        return source;
    }

    /** The key of the issue being read, or {@code null}. */
    public String issueKey() {
        return issueKey;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
