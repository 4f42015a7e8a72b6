package io.singlepoint.core.notify;

/**
 * A notification template cannot be rendered: it does not parse, fails while rendering, or writes more than a mail
 * may hold. The message names the template; the sending job logs it as the reason the mail failed.
 */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }

    public TemplateException(String message) {
        super(message);
    }
}
