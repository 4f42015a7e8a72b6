package io.singlepoint.jira.testing;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Jira's template renderer, played by a real Velocity engine over the plugin's own templates.
 *
 * <p>Like Jira since 6.0, it HTML-escapes every reference it writes unless the reference's name ends in
 * {@code Html} ({@code $view.summaryHtml()}): a template that escapes by hand shows double escapes here, one that
 * relies on a value being safe shows raw markup.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    /** Perl5 syntax, as Velocity's escape handler wants it: anything but a reference ending in "Html". */
    static final String ESCAPED_REFERENCES = "/^(?!.*Html(\\(\\))?\\}?$).*$/";

    private final VelocityEngine engine = new VelocityEngine();

    public VelocityTemplateRenderer() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        engine.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeHtmlReference.class.getName());
        engine.setProperty("eventhandler.escape.html.match", ESCAPED_REFERENCES);
        engine.init();
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            engine.getTemplate(templateName, "UTF-8").merge(new VelocityContext(new HashMap<>(context)), writer);
        } catch (VelocityException e) {
            throw new RenderingException("cannot render " + templateName, e);
        }
        writer.flush();
    }

    /** A template given as its source, escaped as a file template is: how Jira renders per-project overrides. */
    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            engine.evaluate(new VelocityContext(new HashMap<>(context)), out, "fragment", fragment);
        } catch (VelocityException e) {
            throw new RenderingException("cannot render a fragment", e);
        }
        return out.toString();
    }
}
