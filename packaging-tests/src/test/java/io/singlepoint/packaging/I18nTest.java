package io.singlepoint.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class I18nTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(JiraLine.class)
    void every_key_in_use_exists_and_every_translation_has_every_key(JiraLine line) {
        assertThat(I18nCheck.check(PluginJar.of(line))).isEmpty();
    }

    @Test
    void keys_are_found_in_the_descriptor_the_templates_and_the_classes() {
        assertThat(I18nCheck.usedKeys(PluginJar.of(JiraLine.JIRA_11))).contains(
                "singlepoint.admin.section",           // descriptor <label key>
                "singlepoint.admin.overview.title",    // template
                "singlepoint.admin.error.forbidden");  // AdminGate.class
    }

    @Test
    void a_key_used_by_a_template_but_not_defined_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11))
                .text("templates/admin/admin-overview.vm",
                        vm -> vm.replace("singlepoint.admin.overview.version", "singlepoint.admin.overview.release"))
                .writeTo(temp);

        assertThat(I18nCheck.check(broken)).contains("i18n key singlepoint.admin.overview.release is used but not"
                + " defined in i18n/singlepoint.properties");
    }

    @Test
    void a_translation_without_a_key_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_10))
                .text("i18n/singlepoint_de.properties",
                        texts -> texts.replaceFirst("(?m)^singlepoint\\.admin\\.section=.*$", ""))
                .writeTo(temp);

        assertThat(I18nCheck.check(broken)).contains("i18n/singlepoint_de.properties lacks singlepoint.admin.section");
    }

    @Test
    void a_lone_apostrophe_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11))
                .text("i18n/singlepoint.properties",
                        texts -> texts.replace("singlepoint.admin.overview.link=Overview",
                                "singlepoint.admin.overview.link=SinglePoint's overview"))
                .writeTo(temp);

        assertThat(I18nCheck.check(broken)).contains(
                "i18n/singlepoint.properties: singlepoint.admin.overview.link has a lone apostrophe; write '' for one");
    }
}
