package io.singlepoint.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DescriptorTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(JiraLine.class)
    void everything_the_descriptor_names_is_in_the_jar_with_the_type_its_module_needs(JiraLine line) {
        assertThat(DescriptorCheck.check(PluginJar.of(line), Platform.of(line))).isEmpty();
    }

    @Test
    void a_class_the_jar_lacks_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11))
                .text(PluginJar.DESCRIPTOR, xml -> xml.replace(
                        "io.singlepoint.jira.admin.AdminOverviewServlet", "io.singlepoint.jira.admin.NoSuchServlet"))
                .writeTo(temp);

        assertThat(DescriptorCheck.check(broken, Platform.of(JiraLine.JIRA_11)))
                .anyMatch(p -> p.contains("io.singlepoint.jira.admin.NoSuchServlet is neither in"));
    }

    @Test
    void a_class_without_the_type_its_module_needs_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_10))
                .text(PluginJar.DESCRIPTOR, xml -> xml.replace(
                        "class=\"io.singlepoint.jira.admin.AdminOverviewServlet\"",
                        "class=\"io.singlepoint.jira.admin.AdminGate\""))
                .writeTo(temp);

        assertThat(DescriptorCheck.check(broken, Platform.of(JiraLine.JIRA_10)))
                .contains("<servlet key=\"singlepoint-admin-overview\">: class io.singlepoint.jira.admin.AdminGate"
                        + " is not a javax.servlet.Servlet");
    }

    @ParameterizedTest
    @EnumSource(JiraLine.class)
    void a_rest_package_without_resources_is_reported(JiraLine line) {
        PluginJar broken = JarEdit.of(PluginJar.of(line))
                .text(PluginJar.DESCRIPTOR, xml -> xml.replace("<package>io.singlepoint.jira.rest</package>",
                        "<package>io.singlepoint.jira.admin</package>"))
                .writeTo(temp);

        assertThat(DescriptorCheck.check(broken, Platform.of(line))).contains("<rest key=\"singlepoint-rest\">:"
                + " package io.singlepoint.jira.admin has no class annotated @" + line.own + ".ws.rs.Path");
    }

    @Test
    void a_module_kind_without_a_rule_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11))
                .text(PluginJar.DESCRIPTOR, xml -> xml.replace("</atlassian-plugin>",
                        "<report key=\"sla-report\" class=\"io.singlepoint.jira.admin.AdminGate\"/></atlassian-plugin>"))
                .writeTo(temp);

        assertThat(DescriptorCheck.check(broken, Platform.of(JiraLine.JIRA_11)))
                .contains("<report key=\"sla-report\">: no rule for the class of a <report> module;"
                        + " add one to DescriptorCheck");
    }

    @Test
    void a_template_the_descriptor_names_but_the_jar_lacks_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11))
                .text(PluginJar.DESCRIPTOR, xml -> xml.replace("css/singlepoint-admin.css", "css/gone.css"))
                .writeTo(temp);

        assertThat(DescriptorCheck.check(broken, Platform.of(JiraLine.JIRA_11)))
                .anyMatch(p -> p.contains("resource css/gone.css is not in"));
    }

    @Test
    void an_allowlist_entry_for_a_method_that_does_not_exist_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11))
                .text(PluginJar.DESCRIPTOR, xml -> xml.replace("AdminOverviewView#jiraLine()",
                        "AdminOverviewView#jiraLine(java.lang.String)"))
                .writeTo(temp);

        assertThat(DescriptorCheck.check(broken, Platform.of(JiraLine.JIRA_11))).contains(
                "velocity-allowlist: io.singlepoint.jira.admin.AdminOverviewView has no public method"
                        + " jiraLine(java.lang.String)");
    }

    @Test
    void a_scanner_component_missing_from_the_jar_is_reported() {
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11))
                .text("META-INF/plugin-components/component", index -> index + "io.singlepoint.jira.Gone\n")
                .writeTo(temp);

        assertThat(DescriptorCheck.check(broken, Platform.of(JiraLine.JIRA_11))).anyMatch(
                p -> p.equals("META-INF/plugin-components/component names io.singlepoint.jira.Gone, which is not in "
                        + broken));
    }
}
