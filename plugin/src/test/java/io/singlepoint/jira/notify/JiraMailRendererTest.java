package io.singlepoint.jira.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.singlepoint.core.notify.MailRenderer.Mode;
import io.singlepoint.core.notify.TemplateException;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;

import org.junit.jupiter.api.Test;

/** Templates rendered by a renderer that escapes as Jira's: HTML escaped once, text as typed. */
class JiraMailRendererTest {

    private final JiraMailRenderer renderer = new JiraMailRenderer(new VelocityTemplateRenderer());

    @Test
    void text_shows_values_as_typed_even_though_the_engine_escapes() {
        String out = renderer.render("t.txt", "Change: $value", Map.of("value", "A & B <ok> \"M\u00fcller's\""),
                Mode.TEXT);

        assertThat(out).isEqualTo("Change: A & B <ok> \"M\u00fcller's\"");
    }

    @Test
    void html_escapes_references_the_engine_escapes() {
        assertThat(renderer.render("t.html", "<p>$value</p>", Map.of("value", "<b>&</b>"), Mode.HTML))
                .isEqualTo("<p>&lt;b&gt;&amp;&lt;/b&gt;</p>");
    }

    @Test
    void a_template_that_does_not_parse_is_a_template_exception_naming_it() {
        assertThatThrownBy(() -> renderer.render("change-approved.de.txt", "#if(", Map.of(), Mode.TEXT))
                .isInstanceOf(TemplateException.class).hasMessageStartingWith("change-approved.de.txt");
    }

    @Test
    void numeric_and_named_references_read_back_and_unknown_ones_stay() {
        assertThat(HtmlEntities.decode("&#252; &#xFC; &uuml; &euro; &bogus; & &amp;amp;"))
                .isEqualTo("\u00fc \u00fc \u00fc \u20ac &bogus; & &amp;");
    }
}
