package io.singlepoint.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(JiraLine.class)
    void every_template_renders_and_calls_only_allowlisted_methods(JiraLine line) {
        assertThat(TemplateCheck.check(PluginJar.of(line))).isEmpty();
    }

    @Test
    void a_template_that_does_not_parse_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11))
                .text("templates/admin/admin-overview.vm", vm -> vm.replace("<body>", "<body>#if($view)"))
                .writeTo(temp);

        assertThat(TemplateCheck.check(broken)).anyMatch(p -> p.startsWith("templates/admin/admin-overview.vm does not render"));
    }

    @Test
    void a_method_missing_from_the_allowlist_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11))
                .text("templates/admin/admin-overview.vm", vm -> vm.replace("$view.version()", "$view.toString()"))
                .writeTo(temp);

        assertThat(TemplateCheck.check(broken)).contains("templates/admin/admin-overview.vm calls $view.toString()"
                + " but io.singlepoint.jira.admin.AdminOverviewView#toString(...) is not on the velocity-allowlist");
    }

    @Test
    void property_references_count_as_getter_calls() {
        assertThat(TemplateCheck.calledMethods("$view.summary and $!view.count() and ${view.open}", "view"))
                .containsExactly("count", "getOpen", "getSummary");
    }
}
