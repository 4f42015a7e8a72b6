package io.singlepoint.cli.notify;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeConstants.SpaceGobbling;

import io.singlepoint.core.notify.MailRenderer;
import io.singlepoint.core.notify.TemplateException;

/**
 * Notification templates rendered by a plain Velocity 2 engine: nothing is escaped (the templates' {@code ...Html()}
 * values are escaped already), white space is handled as Velocity 1.7 — Jira's engine — handles it, so the preview shows
 * what Jira sends, and a reference to something that does not exist is an error rather than printed as written.
 */
final class VelocityRenderer implements MailRenderer {

    /** A template that loops more than this is not a mail. */
    private static final int MAX_LOOPS = 10_000;

    private final VelocityEngine engine = new VelocityEngine();

    VelocityRenderer() {
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, SpaceGobbling.BC.name().toLowerCase(java.util.Locale.ROOT));
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, MAX_LOOPS);
        engine.init();
    }

    @Override
    public String render(String name, String source, Map<String, Object> context, Mode mode) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(new VelocityContext(new HashMap<>(context)), out, name, source);
        } catch (VelocityException e) {
            throw new TemplateException(name + ": " + oneLine(e.getMessage()), e);
        }
        return out.toString();
    }

    private static String oneLine(String message) {
        return message == null ? "cannot be rendered" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
