package io.singlepoint.core.notify;

import java.util.Map;

/**
 * Renders a template's source with a context: the contract between core, which chooses templates and builds their
 * view, and the engines that run them — Jira's {@code VelocityTemplatingEngine} in the plugin
 * ({@code render(fragment(source)).applying(context)}, then {@code asPlainText()} or {@code asHtml()}), a plain
 * Velocity engine on the command line.
 *
 * <p>Escaping does not rely on the engine. The context's {@link MailView} gives every value twice: {@code summary()}
 * raw, for text, and {@code summaryHtml()} escaped, for HTML. Jira's engine in HTML mode escapes every reference except
 * those whose name ends in {@code Html}; a plain engine escapes nothing; the default HTML templates write only
 * {@code ...Html()} values, numbers and fixed words, so they are safe under both and escaped once under both.
 */
public interface MailRenderer {

    /** How the output is used. */
    enum Mode {
        /** A subject or a text body: nothing is escaped. */
        TEXT,
        /** An HTML body: the engine may escape references as Jira's does. */
        HTML
    }

    /**
     * @param name    the template's name, for messages ({@code change-approved.de.html})
     * @param source  the template's source
     * @param context the names the template sees ({@code view})
     * @param mode    text or HTML
     * @return the output
     * @throws TemplateException if the source does not parse or fails while rendering
     */
    String render(String name, String source, Map<String, Object> context, Mode mode);
}
