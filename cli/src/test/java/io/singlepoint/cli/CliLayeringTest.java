package io.singlepoint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import io.singlepoint.cli.archfixture.ReachesIntoThePlugin;

import org.junit.jupiter.api.Test;

/** The command line runs core's engine and nothing of the Jira app (DESIGN.md, modules). */
class CliLayeringTest {

    static final ArchRule CLI_USES_CORE_ONLY = noClasses()
            .that().resideInAPackage("io.singlepoint.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.singlepoint.jira..", "io.singlepoint.build..",
                    "com.atlassian..", "com.opensymphony..", "org.ofbiz..", "net.java.ao..")
            .because("the CLI runs the same engine as the app: core, not the plugin");

    @Test
    void the_cli_depends_on_core_and_on_no_part_of_the_jira_app() {
        JavaClasses cli = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.singlepoint.cli");

        CLI_USES_CORE_ONLY.check(cli);
    }

    @Test
    void the_rule_catches_a_class_that_breaks_it() {
        EvaluationResult result = CLI_USES_CORE_ONLY.evaluate(
                new ClassFileImporter().importClasses(ReachesIntoThePlugin.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("io.singlepoint.jira"));
    }
}
