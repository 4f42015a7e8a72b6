package io.singlepoint.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The page's script as Jira serves it: its texts go through the jsI18n transformer, which replaces only calls that
 * name their key literally, and every value it shows is written as text.
 */
class SlaAdminScriptTest {

    private static final Pattern LITERAL_CALL = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*'([^']+)'");
    private static final Pattern ANY_CALL = Pattern.compile("AJS\\.I18n\\.getText\\(");

    @Test
    void every_text_is_asked_for_by_a_literal_key_that_english_and_german_define() throws IOException {
        String script = read("/js/sla-admin.js");
        Set<String> keys = new TreeSet<>();
        Matcher literal = LITERAL_CALL.matcher(script);
        while (literal.find()) {
            keys.add(literal.group(1));
        }

        assertThat(count(ANY_CALL, script)).as("calls whose key is not a literal").isEqualTo(count(LITERAL_CALL, script));
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(bundle("/i18n/singlepoint.properties").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("/i18n/singlepoint_de.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void nothing_is_written_as_html() throws IOException {
        String script = read("/js/sla-admin.js");

        assertThat(script).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(");
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SlaAdminScriptTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SlaAdminScriptTest.class.getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }
}
