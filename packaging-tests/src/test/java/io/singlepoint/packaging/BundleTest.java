package io.singlepoint.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BundleTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(JiraLine.class)
    void the_manifest_is_a_transformerless_plugin_of_its_jira_line_without_host_classes(JiraLine line) {
        assertThat(BundleCheck.check(PluginJar.of(line), Platform.of(line))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(JiraLine.class)
    void the_jar_resolves_and_starts_in_felix_next_to_what_its_jira_line_exports(JiraLine line) throws Exception {
        assertThat(resolve(PluginJar.of(line))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(JiraLine.class)
    void a_jar_does_not_resolve_against_the_other_jira_line(JiraLine line) throws Exception {
        JiraLine other = line == JiraLine.JIRA_11 ? JiraLine.JIRA_10 : JiraLine.JIRA_11;
        Path platform = Platform.of(other).exporterBundle(Files.createDirectories(temp.resolve("other")));

        assertThat(Felix.resolve(platform, line.jar(), temp.resolve("felix"))).get().asString()
                .contains("missing requirement").contains(line.own + ".");
    }

    @Test
    void a_moved_javax_package_imported_by_the_jira11_jar_is_reported_and_does_not_resolve() throws Exception {
        PluginJar broken = withImport(PluginJar.of(JiraLine.JIRA_11), "javax.servlet.http");

        assertThat(BundleCheck.check(broken, Platform.of(JiraLine.JIRA_11))).contains(
                "Jira 11 has no javax.servlet.http: the " + broken + " jar must import jakarta.servlet.http");
        assertThat(resolve(broken)).get().asString().contains("javax.servlet.http");
    }

    @Test
    void a_jakarta_package_imported_by_the_jira10_jar_is_reported() {
        PluginJar broken = withImport(PluginJar.of(JiraLine.JIRA_10), "jakarta.inject");

        assertThat(BundleCheck.check(broken, Platform.of(JiraLine.JIRA_10))).contains(
                "Jira 10 has no jakarta.inject: the " + broken + " jar must import javax.inject");
    }

    @Test
    void an_import_of_a_package_jira_does_not_export_does_not_resolve() throws Exception {
        PluginJar broken = withImport(PluginJar.of(JiraLine.JIRA_11), "org.apache.commons.lang3");

        assertThat(resolve(broken)).get().asString()
                .contains("missing requirement").contains("org.apache.commons.lang3");
    }

    @Test
    void a_packaged_stand_in_is_reported() {
        Platform platform = Platform.of(JiraLine.JIRA_11);
        String standIn = "com/atlassian/sal/api/user/UserManager.class";
        PluginJar broken = JarEdit.of(PluginJar.of(JiraLine.JIRA_11)).add(standIn, new byte[] {1}).writeTo(temp);

        assertThat(BundleCheck.check(broken, platform))
                .contains(broken + " contains the stand-in " + standIn)
                .contains(broken + " contains host class " + standIn + "; Jira provides it, the jar must not");
    }

    private java.util.Optional<String> resolve(PluginJar jar) throws Exception {
        Path platform = Platform.of(jar.line).exporterBundle(Files.createDirectories(temp.resolve("platform")));
        return Felix.resolve(platform, jar.path, temp.resolve("felix"));
    }

    private PluginJar withImport(PluginJar jar, String pkg) {
        return JarEdit.of(jar).manifest(m -> {
            Attributes main = m.getMainAttributes();
            main.putValue("Import-Package", main.getValue("Import-Package") + "," + pkg);
        }).writeTo(Files.isDirectory(temp.resolve("edited")) ? temp.resolve("edited") : createDir(temp.resolve("edited")));
    }

    private static Path createDir(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
