package io.singlepoint.jira.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.oro.text.perl.Perl5Util;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fixture must escape as Jira does, or template tests prove nothing about XSS. */
class VelocityTemplateRendererTest {

    @ParameterizedTest(name = "{0} escaped: {1}")
    @CsvSource(delimiter = '|', value = {
            "$view.summary()       | true",
            "$!view.reporter       | true",
            "${view.title}         | true",
            "$i18n.getText('x')    | true",
            "$view.summaryHtml()   | false",
            "$descriptionHtml      | false",
            "${view.bodyHtml}      | false",
    })
    void every_reference_is_escaped_unless_its_name_ends_in_html(String reference, boolean escaped) {
        // The matcher Velocity's EscapeReference applies to eventhandler.escape.html.match.
        assertThat(new Perl5Util().match(VelocityTemplateRenderer.ESCAPED_REFERENCES, reference)).isEqualTo(escaped);
    }
}
