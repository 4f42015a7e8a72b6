package io.singlepoint.jira.notify;

import java.util.Map;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;

import io.singlepoint.core.notify.MailRenderer;
import io.singlepoint.core.notify.TemplateException;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Renders notification templates from their source with Jira's template renderer. Jira escapes references in HTML
 * (except those ending in {@code Html}, which core's view escapes itself), so HTML bodies are safe either way; a text
 * body or subject must not show escapes, so when the renderer is found to escape (asked once, with a probe) the text
 * is read back with {@link HtmlEntities}.
 */
@Named
public final class JiraMailRenderer implements MailRenderer {

    private static final String PROBE = "<&\u00fc>";

    private final TemplateRenderer renderer;
    private volatile Boolean escapes;

    @Inject
    public JiraMailRenderer(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String render(String name, String source, Map<String, Object> context, Mode mode) {
        String output;
        try {
            output = renderer.renderFragment(source, context);
        } catch (RenderingException e) {
            throw new TemplateException(name + ": " + e.getMessage());
        }
        return mode == Mode.TEXT && output != null && escapes() ? HtmlEntities.decode(output) : output;
    }

    private boolean escapes() {
        Boolean known = escapes;
        if (known == null) {
            known = !PROBE.equals(renderer.renderFragment("$probe", Map.of("probe", PROBE)));
            escapes = known;
        }
        return known;
    }
}
