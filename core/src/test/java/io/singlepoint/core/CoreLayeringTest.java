package io.singlepoint.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import io.singlepoint.core.archfixture.BrokenLayering;

import org.junit.jupiter.api.Test;

/** DESIGN.md, "core owns every decision" and "time is a parameter", as rules that fail the build. */
class CoreLayeringTest {

    static final ArchRule CORE_KNOWS_NO_HOST = noClasses()
            .that().resideInAPackage("io.singlepoint.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "com.opensymphony..", "org.ofbiz..", "net.java.ao..",
                    "javax.servlet..", "jakarta.servlet..", "javax.ws.rs..", "jakarta.ws.rs..",
                    "javax.inject..", "jakarta.inject..", "javax.mail..", "jakarta.mail..",
                    "io.singlepoint.jira..", "io.singlepoint.cli..")
            .because("core is pure: the plugin and the CLI adapt to it, never the other way round (DESIGN.md)");

    static final ArchRule CORE_READS_NO_CLOCK = noClasses()
            .that().resideInAPackage("io.singlepoint.core..")
            .should().callMethodWhere(readsTheWallClock())
            .because("time is a parameter: core takes an Instant or a Clock (DESIGN.md)");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.singlepoint.core");

    @Test
    void core_depends_on_no_jira_atlassian_servlet_jaxrs_inject_or_mail_type() {
        CORE_KNOWS_NO_HOST.check(MAIN);
    }

    @Test
    void core_never_reads_the_wall_clock() {
        CORE_READS_NO_CLOCK.check(MAIN);
    }

    @Test
    void the_rules_catch_a_class_that_breaks_them() {
        JavaClasses broken = new ClassFileImporter().importClasses(BrokenLayering.class);

        EvaluationResult host = CORE_KNOWS_NO_HOST.evaluate(broken);
        EvaluationResult clock = CORE_READS_NO_CLOCK.evaluate(broken);

        assertThat(host.hasViolation()).isTrue();
        assertThat(host.getFailureReport().getDetails()).anyMatch(line -> line.contains("jakarta.servlet"));
        assertThat(clock.hasViolation()).isTrue();
        assertThat(clock.getFailureReport().getDetails()).anyMatch(line -> line.contains("Instant.now()"));
    }

    private static DescribedPredicate<JavaMethodCall> readsTheWallClock() {
        return DescribedPredicate.describe("reads the wall clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.startsWith("java.time.") && name.equals("now")
                    || owner.equals("java.time.Clock") && name.startsWith("system")
                    || owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
        });
    }
}
