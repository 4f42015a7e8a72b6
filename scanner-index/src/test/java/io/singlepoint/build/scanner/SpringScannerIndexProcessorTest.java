package io.singlepoint.build.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringScannerIndexProcessorTest {

    /** Annotation stand-ins with the real names, compiled together with the sample plugin classes. */
    private static final Map<String, String> ANNOTATIONS = Map.of(
            "jakarta.inject.Named", """
                    package jakarta.inject;
                    public @interface Named { String value() default ""; }
                    """,
            "javax.inject.Named", """
                    package javax.inject;
                    public @interface Named { String value() default ""; }
                    """,
            "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport", """
                    package com.atlassian.plugin.spring.scanner.annotation.imports;
                    public @interface ComponentImport { String value() default ""; }
                    """,
            "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService", """
                    package com.atlassian.plugin.spring.scanner.annotation.export;
                    public @interface ExportAsService { Class<?>[] value() default {}; }
                    """,
            "host.UserManager", "package host; public interface UserManager {}",
            "host.Lifecycle", "package host; public interface Lifecycle {}",
            "host.Repository", "package host; public interface Repository<T> {}");

    @TempDir
    Path out;

    @Test
    void named_classes_become_components_with_their_bean_name() throws IOException {
        compile(Map.of(
                "app.Plain", "package app; @jakarta.inject.Named public class Plain {}",
                "app.Called", "package app; @jakarta.inject.Named(\"caller\") public class Called {}",
                "app.Legacy", "package app; @javax.inject.Named public class Legacy {}",
                "app.Outer", "package app; public class Outer { @jakarta.inject.Named public static class Inner {} }"));

        assertThat(index("component")).containsExactly(
                "app.Called#caller", "app.Legacy", "app.Outer$Inner", "app.Plain");
    }

    @Test
    void component_imports_on_fields_and_constructor_parameters_are_listed_once_by_erased_type() throws IOException {
        compile(Map.of(
                "app.Imports", """
                        package app;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        public class Imports {
                            @ComponentImport host.UserManager users;
                            @ComponentImport("special") host.Lifecycle lifecycle;
                        }
                        """,
                "app.Service", """
                        package app;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        @jakarta.inject.Named
                        public class Service {
                            public Service(@ComponentImport host.UserManager users,
                                           @ComponentImport host.Repository<String> repository) {}
                        }
                        """));

        assertThat(index("imports")).containsExactly(
                "host.Lifecycle#special", "host.Repository", "host.UserManager");
    }

    @Test
    void exported_services_name_their_interfaces() throws IOException {
        compile(Map.of(
                "app.Starter", """
                        package app;
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(host.Lifecycle.class)
                        @jakarta.inject.Named
                        public class Starter implements host.Lifecycle {}
                        """,
                "app.Both", """
                        package app;
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(
                                {host.Lifecycle.class, host.UserManager.class})
                        public class Both implements host.Lifecycle, host.UserManager {}
                        """,
                "app.Self", """
                        package app;
                        @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                        public class Self {}
                        """));

        assertThat(index("exports")).containsExactly(
                "app.Both#host.Lifecycle,host.UserManager", "app.Self", "app.Starter#host.Lifecycle");
    }

    @Test
    void no_file_is_written_for_an_empty_index() throws IOException {
        compile(Map.of("app.Plain", "package app; @jakarta.inject.Named public class Plain {}"));

        assertThat(out.resolve(SpringScannerIndexProcessor.INDEX_DIR + "component")).exists();
        assertThat(out.resolve(SpringScannerIndexProcessor.INDEX_DIR + "imports")).doesNotExist();
        assertThat(out.resolve(SpringScannerIndexProcessor.INDEX_DIR + "exports")).doesNotExist();
    }

    private List<String> index(String file) throws IOException {
        return Files.readAllLines(out.resolve(SpringScannerIndexProcessor.INDEX_DIR + file));
    }

    private void compile(Map<String, String> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        ANNOTATIONS.forEach((name, code) -> units.add(source(name, code)));
        sources.forEach((name, code) -> units.add(source(name, code)));
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null,
                    List.of("-proc:only"), null, units);
            task.setProcessors(List.of(new SpringScannerIndexProcessor()));
            assertThat(task.call()).as(diagnostics.toString()).isTrue();
        }
    }

    private static JavaFileObject source(String className, String code) {
        return new SimpleJavaFileObject(
                java.net.URI.create("string:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }
}
