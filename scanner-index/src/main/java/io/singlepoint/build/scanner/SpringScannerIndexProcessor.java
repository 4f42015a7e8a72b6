package io.singlepoint.build.scanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the Atlassian Spring Scanner index of a plugin while javac compiles it.
 *
 * <p>Spring Scanner's run time builds the plugin's Spring context from plain-text files under
 * {@code META-INF/plugin-components/}, one entry per line, which Atlassian's
 * {@code atlassian-spring-scanner-maven-plugin} writes from the compiled classes. That Maven plugin lives in
 * Atlassian's repository only, so the default build writes the same files with this processor:
 * <ul>
 *   <li>{@code component}: each class annotated {@code @Named} ({@code jakarta.inject} or {@code javax.inject})
 *       or Spring's {@code @Component}, as {@code binary.ClassName} or {@code binary.ClassName#beanName};</li>
 *   <li>{@code imports}: the type of each field or parameter annotated {@code @ComponentImport}, as
 *       {@code binary.TypeName} or {@code binary.TypeName#beanName};</li>
 *   <li>{@code exports}: each class annotated {@code @ExportAsService}, as {@code binary.ClassName#iface1,iface2},
 *       or {@code binary.ClassName} when the annotation names no interface.</li>
 * </ul>
 * Lines are sorted and unique so that the jar is reproducible. Both javax and jakarta names are read because
 * the same sources are compiled for Jira 10 after the namespace rewrite.
 */
public final class SpringScannerIndexProcessor extends AbstractProcessor {

    static final String INDEX_DIR = "META-INF/plugin-components/";
    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";
    static final Set<String> COMPONENT_ANNOTATIONS = Set.of(
            "jakarta.inject.Named", "javax.inject.Named", "org.springframework.stereotype.Component");

    private final SortedSet<String> components = new TreeSet<>();
    private final SortedSet<String> imports = new TreeSet<>();
    private final SortedSet<String> exports = new TreeSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> names = new TreeSet<>(COMPONENT_ANNOTATIONS);
        names.add(COMPONENT_IMPORT);
        names.add(EXPORT_AS_SERVICE);
        return names;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                collect(name, element);
            }
        }
        if (round.processingOver()) {
            write("component", components);
            write("imports", imports);
            write("exports", exports);
        }
        // Other processors may want the same annotations.
        return false;
    }

    private void collect(String annotation, Element element) {
        if (COMPONENT_ANNOTATIONS.contains(annotation) && element.getKind() == ElementKind.CLASS) {
            components.add(withName(binaryName((TypeElement) element), stringValue(element, annotation)));
        } else if (COMPONENT_IMPORT.equals(annotation)) {
            typeElement(element.asType()).ifPresentOrElse(
                    type -> imports.add(withName(binaryName(type), stringValue(element, annotation))),
                    () -> error(element, "@ComponentImport needs a class or interface type, not " + element.asType()));
        } else if (EXPORT_AS_SERVICE.equals(annotation) && element.getKind() == ElementKind.CLASS) {
            String interfaces = classValues(element, annotation).stream()
                    .map(this::typeElement).flatMap(Optional::stream).map(this::binaryName)
                    .collect(Collectors.joining(","));
            String type = binaryName((TypeElement) element);
            exports.add(interfaces.isEmpty() ? type : type + "#" + interfaces);
        }
    }

    private static String withName(String type, String beanName) {
        return beanName.isEmpty() ? type : type + "#" + beanName;
    }

    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private Optional<TypeElement> typeElement(TypeMirror type) {
        TypeMirror erased = processingEnv.getTypeUtils().erasure(type);
        return erased instanceof DeclaredType declared
                ? Optional.of((TypeElement) declared.asElement())
                : Optional.empty();
    }

    private static Optional<AnnotationValue> value(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotation)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                        : mirror.getElementValues().entrySet()) {
                    if (entry.getKey().getSimpleName().contentEquals("value")) {
                        return Optional.of(entry.getValue());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String stringValue(Element element, String annotation) {
        return value(element, annotation).map(v -> String.valueOf(v.getValue()).trim()).orElse("");
    }

    private static List<TypeMirror> classValues(Element element, String annotation) {
        return value(element, annotation)
                .map(v -> ((List<?>) v.getValue()).stream()
                        .map(item -> (TypeMirror) ((AnnotationValue) item).getValue())
                        .toList())
                .orElse(List.of());
    }

    private void write(String file, SortedSet<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            FileObject resource = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", INDEX_DIR + file);
            try (Writer out = resource.openWriter()) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + INDEX_DIR + file, e);
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
